import WGDocModel

/// An ST.3 code written in a row, and where: a participant or venue at its own location,
/// an organizer's code at its `code=` attribute (both recorded while parsing).
struct CodeUse {
    var code: ST3Code
    var location: SourceLocation

    func place(_ context: CheckContext) -> SourceLocation {
        location
    }
}

extension Activity {
    /// Every ST.3 code the row uses: participants, venue, organizers.
    var codeUses: [CodeUse] {
        var uses = participants.map { CodeUse(code: $0.code, location: $0.location) }
        if case .place(let code, _, let location)? = venue { uses.append(CodeUse(code: code, location: location)) }
        uses += organizers.compactMap { organizer in
            organizer.code.map { CodeUse(code: $0, location: organizer.codeLocation ?? organizer.location) }
        }
        return uses
    }
}
