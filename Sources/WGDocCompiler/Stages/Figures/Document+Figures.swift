import WGDocModel

extension Document {
    /// The activities a figure counts, in document order.
    func activities(in scope: FigureScope) -> [Activity] {
        annexes.filter { annex in scope.annexID.map { $0 == annex.id } ?? true }
            .flatMap(\.activities)
            .filter { activity in
                // An approximate date counts in a period that holds all of it.
                scope.period.map { period in
                    guard let first = activity.date.first, let last = activity.date.last else { return false }
                    return period.contains(first) && period.contains(last)
                } ?? true
            }
    }

    /// The value of `figure` computed from the data. Computed once here for both the check
    /// that compares typed figures and the resolve stage that prints computed ones.
    func value(of figure: Figure, registry: ST3Registry) -> Int {
        let activities = activities(in: figure.scope)
        switch figure.quantity {
        case .activities:
            return activities.count
        case .participants:
            return activities.compactMap(\.count).reduce(0, +)
        case .countries:
            return distinctParticipants(activities) { registry[$0]?.kind == .country }
        case .offices:
            return distinctParticipants(activities) { registry[$0]?.kind == .office }
        case .beneficiaries:
            return distinctParticipants(activities) { code in
                switch registry[code]?.kind {
                case .country?, .office?: true
                case .reserved?, nil: false
                }
            }
        }
    }

    private func distinctParticipants(_ activities: [Activity], where include: (ST3Code) -> Bool) -> Int {
        Set(activities.flatMap { $0.participants.map(\.code) }.filter(include)).count
    }
}
