import Testing
@testable import wgdoc

/// What a command hands to `KeptUntilExit` is not released when the command's references go.
@Suite struct KeptUntilExitTests {
    final class Tracked: Sendable {}

    @Test func keptValueOutlivesItsOwner() {
        weak var watched: Tracked?
        weak var control: Tracked?
        do {
            let kept = Tracked()
            let dropped = Tracked()
            watched = kept
            control = dropped
            KeptUntilExit.keep([kept])
        }
        #expect(watched != nil)
        #expect(control == nil)
    }
}
