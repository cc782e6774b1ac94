@testable import DossierUI
import Testing

/// Whole screens at 100×30, driven by key strings through the real reducer and views.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    @Test func startup() throws {
        let harness = try ScreenHarness()
        Snapshot.expect(harness.screen, matches: "startup")
    }

    @Test func openTheThirdDocument() throws {
        var harness = try ScreenHarness()
        harness.press("jj<Enter>")
        Snapshot.expect(harness.screen, matches: "open-third-document")
    }

    @Test func pageDownInTheReader() throws {
        var harness = try ScreenHarness()
        harness.press("jjj<Enter><Space>")
        Snapshot.expect(harness.screen, matches: "reader-page-down")
    }

    @Test func helpOverlay() throws {
        var harness = try ScreenHarness()
        harness.press("?")
        Snapshot.expect(harness.screen, matches: "help-overlay")
    }

    @Test func narrowTerminal() throws {
        var harness = try ScreenHarness()
        harness.press("jjj<Enter>")
        harness.resize(to: Size(width: 70, height: 20))
        Snapshot.expect(harness.screen, matches: "resized-70x20")
    }

    @Test func terminalTooSmall() throws {
        var harness = try ScreenHarness()
        harness.resize(to: Size(width: 50, height: 10))
        Snapshot.expect(harness.screen, matches: "too-small-50x10")
    }

    @Test func resizingBackRestoresTheSameScreen() throws {
        var harness = try ScreenHarness()
        harness.press("j<Enter>")
        let before = harness.screen
        harness.resize(to: Size(width: 50, height: 10))
        harness.resize(to: Size(width: 100, height: 30))
        #expect(harness.screen == before)
    }
}
