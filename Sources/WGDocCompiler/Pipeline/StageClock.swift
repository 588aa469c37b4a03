/// The stages of one compilation, in order, as `wgdoc bench` reports them.
public enum Stage: String, CaseIterable, Sendable {
    /// Input checks (`XMLInput`), the character scan and libxml2's parse.
    case parse
    case validate
    case build
    case check
    case resolve
}

/// Measures how long each stage of a compilation takes (`wgdoc bench`); a compilation
/// without a clock measures nothing.
public final class StageClock {
    public private(set) var durations: [Stage: Duration] = [:]

    public init() {}

    func measure<Result>(_ stage: Stage, _ body: () -> Result) -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let result = body()
        durations[stage, default: .zero] += clock.now - start
        return result
    }
}

extension Optional where Wrapped == StageClock {
    /// Runs `body`, timing it as `stage` when there is a clock.
    func measure<Result>(_ stage: Stage, _ body: () -> Result) -> Result {
        switch self {
        case .some(let clock): clock.measure(stage, body)
        case .none: body()
        }
    }
}
