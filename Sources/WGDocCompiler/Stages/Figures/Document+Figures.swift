import WGDocModel

extension Document {
    /// The activities a figure counts, in document order.
    func activities(in scope: FigureScope) -> [Activity] {
        var result: [Activity] = []
        forEachActivity(in: scope) { result.append($0) }
        return result
    }

    /// Whether `scope` selects at least one activity.
    func hasActivities(in scope: FigureScope) -> Bool {
        var found = false
        forEachActivity(in: scope) { _ in found = true }
        return found
    }

    /// Calls `body` with each activity a figure of `scope` counts, in document order;
    /// no list of them is made.
    func forEachActivity(in scope: FigureScope, _ body: (Activity) -> Void) {
        for annex in annexes where scope.annexID.map({ $0 == annex.id }) ?? true {
            for activity in annex.activities {
                // An approximate date counts in a period that holds all of it.
                if let period = scope.period {
                    guard let first = activity.date.first, let last = activity.date.last,
                          period.contains(first) && period.contains(last) else { continue }
                }
                body(activity)
            }
        }
    }

    /// The value of `figure` computed from the data. Computed once here for both the check
    /// that compares typed figures and the resolve stage that prints computed ones.
    func value(of figure: Figure, registry: ST3Registry) -> Int {
        switch figure.quantity {
        case .activities:
            var count = 0
            forEachActivity(in: figure.scope) { _ in count += 1 }
            return count
        case .participants:
            var total = 0
            forEachActivity(in: figure.scope) { total += $0.count ?? 0 }
            return total
        case .countries:
            return distinctParticipants(in: figure.scope, registry: registry) { $0 == .country }
        case .offices:
            return distinctParticipants(in: figure.scope, registry: registry) { $0 == .office }
        case .beneficiaries:
            return distinctParticipants(in: figure.scope, registry: registry) { kind in
                switch kind {
                case .country?, .office?: true
                case .reserved?, nil: false
                }
            }
        }
    }

    private func distinctParticipants(in scope: FigureScope, registry: ST3Registry,
                                      where include: @escaping (ST3Registry.Kind?) -> Bool) -> Int {
        var counted = CodeTable { include(registry.kind(of: $0)) }
        var distinct = Set<ST3Code>()
        forEachActivity(in: scope) { activity in
            for participant in activity.participants where counted[participant.code] { distinct.insert(participant.code) }
        }
        return distinct.count
    }
}
