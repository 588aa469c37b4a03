import Testing
@testable import wgdoc

/// `KeptUntilExit`: what `build` and `validate` hold at their end stays alive, never freed
/// piece by piece before the process exits.
@Suite struct KeptUntilExitTests {
    final class Probe: Sendable {}

    @Test func aKeptValueOutlivesItsLastReference() {
        weak var kept: Probe?
        weak var dropped: Probe?
        do {
            let first = Probe(), second = Probe()
            kept = first
            dropped = second
            KeptUntilExit.keep([first])
        }
        #expect(kept != nil)
        #expect(dropped == nil)
    }
}
