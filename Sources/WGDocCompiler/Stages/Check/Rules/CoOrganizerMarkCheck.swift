import WGDocModel

/// `annex.co-organizer-mark`: the `*` after a participant says that this participating
/// country or office also co-organized the activity. It makes sense only to single some
/// participants out, so it is questioned (a) on a code that the row already names as an
/// `<organizer code="…">` (the co-organizer would be printed twice), and (b) when every
/// participant of a row of several is marked (nobody is singled out).
struct CoOrganizerMarkCheck: RowCheck {
    static let rule = RuleID("annex.co-organizer-mark")
    static let severity = Severity.warning
    static let summary = "a co-organizer mark * on an organizer already named, or on every participant"
    static let enforces = "the annexes' note on \"*\" (co-organizer among the participants)"

    private var result: [Diagnostic] = []

    init(_ document: Document, context: CheckContext) {}

    mutating func visit(_ activity: Activity, in annex: Annex) {
        let participants = activity.participants
        guard participants.contains(where: \.coOrganizer) else { return }
        let organizerCodes = Set(activity.organizers.compactMap(\.code))
        for participant in participants where participant.coOrganizer && organizerCodes.contains(participant.code) {
            result.append(diagnostic(
                participant.location,
                "'\(participant.code)*' is marked as co-organizer and also named in <organizer code=\"\(participant.code)\">",
                help: "keep one: the * mark or the <organizer> element"))
        }
        let marked = participants.filter(\.coOrganizer)
        if participants.count > 1, marked.count == participants.count, let first = marked.first {
            result.append(diagnostic(
                first.location, "every participant of this activity is marked '*' as co-organizer",
                help: "mark only the participants that co-organized; name a sole organizer with <organizer>"))
        }
    }

    func finish() -> [Diagnostic] {
        result
    }
}
