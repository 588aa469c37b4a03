import WGDocModel

/// An ST.3 code written in a row, and where: a participant or venue at its own location,
/// an organizer's code in the `code=` attribute of its element.
struct CodeUse {
    var code: ST3Code
    var location: SourceLocation
    /// The attribute holding the code, located only when a finding is reported (locating
    /// it reads the source line again).
    var attribute: String?

    func place(_ context: CheckContext) -> SourceLocation {
        attribute.map { context.location(of: $0, in: location) } ?? location
    }
}

extension Activity {
    /// Every ST.3 code the row uses: participants, venue, organizers.
    var codeUses: [CodeUse] {
        var uses = participants.map { CodeUse(code: $0.code, location: $0.location) }
        if case .place(let code, _, let location)? = venue { uses.append(CodeUse(code: code, location: location)) }
        uses += organizers.compactMap { organizer in
            organizer.code.map { CodeUse(code: $0, location: organizer.location, attribute: "code") }
        }
        return uses
    }
}
