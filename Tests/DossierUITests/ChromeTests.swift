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

/// The key help across the screen, nothing cut.
@Suite("The help overlay")
struct HelpOverlayTests {
    /// Everything the help shows at this size, page after page, without spaces (wrapping moves them).
    static func helpText(at size: Size) throws -> (text: String, first: Buffer) {
        var harness = try ScreenHarness(size: size)
        harness.press("?")
        let first = harness.buffer
        var text = "", previous: Overlay?
        while harness.state.overlay != previous {
            previous = harness.state.overlay
            let buffer = harness.buffer
            for y in 1..<(size.height - 2) {
                text += (HelpOverlay.margin + 1..<size.width - HelpOverlay.margin - 1).map { buffer[$0, y].grapheme }.joined()
            }
            harness.press("<PgDn>")
        }
        return (text.filter { !$0.isWhitespace }, first)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theHelpSpansTheScreenAndWrapsEveryDescription(size: Size) throws {
        let (text, first) = try Self.helpText(at: size)
        #expect(first[HelpOverlay.margin, 0].grapheme == "┏")
        #expect(first[size.width - HelpOverlay.margin - 1, 0].grapheme == "┓", "the help spans the screen less its margins")
        for binding in Keymap.standard.bindings {
            #expect(text.contains(binding.command.summary.filter { !$0.isWhitespace }), "\(binding.command.summary) is shown whole")
        }
    }
}
