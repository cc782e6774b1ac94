import DossierIndex
@testable import DossierUI
import Testing

/// The frame around the panes: borders, the status bar, the help, moving in lists.
@Suite("Chrome")
struct ChromeTests {
    /// How many panes or overlays are drawn with heavy corners.
    static func heavyFrames(in buffer: Buffer) -> Int {
        buffer.text.count { $0 == "┏" }
    }

    @Test func onlyTheFocusedPaneHasTheHeavyBorder() throws {
        var harness = try ScreenHarness()
        harness.press("3")
        #expect(Self.heavyFrames(in: harness.buffer) == 1)
        #expect(harness.buffer.line(0).hasSuffix("┓"), "the sidebar, on the right, is focused:\n\(harness.screen)")
    }

    @Test func anOverlayTakesTheHeavyBorderFromTheFocusedPane() throws {
        var harness = try ScreenHarness()
        harness.press("3c")
        #expect(harness.state.overlay != nil)
        #expect(Self.heavyFrames(in: harness.buffer) == 1, "only the claims view:\n\(harness.screen)")
        harness.press("<Esc>4/")
        #expect(harness.state.search.isPromptOpen)
        #expect(Self.heavyFrames(in: harness.buffer) == 1, "only the search results:\n\(harness.screen)")
        harness.press("<Esc>?")
        #expect(Self.heavyFrames(in: harness.buffer) == 1, "only the help:\n\(harness.screen)")
    }
}
