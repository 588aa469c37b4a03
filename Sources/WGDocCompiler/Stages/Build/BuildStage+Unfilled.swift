import WGDocModel

/// `model.unfilled`: the placeholders `wgdoc new` leaves for what only the author knows
/// (`symbol="PCT/WG/18/??"`, `date="2025-??-??"`). The schema accepts them so a scaffold
/// can be edited and validated; until they are replaced they are errors, and nothing is
/// built.
extension BuildStage {
    static let unfilledMarker = "??"

    /// Reports `value` if it is a placeholder; true when it was one.
    func reportUnfilled(_ value: String, _ what: String, _ location: SourceLocation, example: String) -> Bool {
        guard value.contains(Self.unfilledMarker) else { return false }
        error(.modelUnfilled, location, "\(what) is not filled in yet: '\(value)'",
              help: "replace the ?? with the real value, such as \(example)")
        return true
    }
}
