import WGDocModel

extension Activity {
    /// Every ST.3 code the row uses, with where it is written: participants, venue, organizers.
    func codeUses(_ context: CheckContext) -> [(ST3Code, SourceLocation)] {
        var uses: [(ST3Code, SourceLocation)] = participants.map { ($0.code, $0.location) }
        if case .place(let code, _, let location)? = venue { uses.append((code, location)) }
        uses += organizers.compactMap { organizer in
            organizer.code.map { ($0, context.location(of: "code", in: organizer.location)) }
        }
        return uses
    }
}
