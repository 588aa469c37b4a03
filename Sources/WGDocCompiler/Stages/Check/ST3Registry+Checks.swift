import WGDocModel

extension ST3Registry {
    /// Whether the registry knows `code`, without copying its entry (the checks ask for
    /// every participant of every row).
    func contains(_ code: ST3Code) -> Bool {
        entries.index(forKey: code) != nil
    }

    /// The kind of `code`, nil when the registry does not know it.
    func kind(of code: ST3Code) -> Kind? {
        entries.index(forKey: code).map { entries.values[$0].kind }
    }
}
