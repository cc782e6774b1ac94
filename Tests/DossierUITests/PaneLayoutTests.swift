import DossierIndex
@testable import DossierUI
import Foundation
import Testing

/// How the panes share the screen: zoom, `<` and `>`, and the narrow-screen layout.
@Suite("Pane layout")
struct PaneLayoutTests {
    func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(corpusName: "test", documents: ReducerTests.summaries(30), screen: Size(width: width, height: height))
    }

    @Test func aNarrowScreenFavoursTheFocusedPane() {
        var state = state()
        #expect(state.layout.documents.width >= 36, "the focused document list shows its titles")
        #expect(state.layout.reader.width > state.layout.entities.width)
        _ = Reducer.reduce(&state, .key(.character("2")))
        #expect(state.layout.documents.width == PaneSizes.compactSideWidth)
        #expect(state.layout.readerText.width >= 50, "the focused reader has room to read")
        _ = Reducer.reduce(&state, .key(.character("3")))
        #expect(state.layout.entities.width >= 36)
        #expect(state.layout.documents.width == PaneSizes.compactSideWidth)
    }

    @Test func aWideScreenKeepsItsColumnsWhateverHasFocus() {
        var state = state(width: 120, height: 40)
        let documents = state.layout.documents
        _ = Reducer.reduce(&state, .key(.character("3")))
        #expect(state.layout.documents == documents)
    }

    @Test func zoomMaximizesTheFocusedPaneAndRestoresIt() throws {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("2")))
        let before = state.layout
        _ = Reducer.reduce(&state, .key(.character("z")))
        #expect(state.layout.reader == Rect(x: 0, y: 0, width: 80, height: 23))
        #expect(!state.layout.shows(.documents) && !state.layout.shows(.timeline))
        let buffer = Screen.render(state)
        #expect(buffer.line(0).hasPrefix("┏━ Reader"), "the reader's frame spans the screen:\n\(buffer.text)")
        #expect(!buffer.text.contains("Documents"), "the other panes are not drawn")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.layout.entities == Rect(x: 0, y: 0, width: 80, height: 23), "the zoom follows the focus")
        _ = Reducer.reduce(&state, .key(.backTab))
        _ = Reducer.reduce(&state, .key(.character("z")))
        #expect(state.layout == before)
    }

    @Test func angleBracketsMoveTheSplitAndAskToKeepIt() throws {
        var state = state(width: 120, height: 40)
        let width = state.layout.documents.width
        let effects = Reducer.reduce(&state, .key(.character(">")))
        #expect(state.layout.documents.width == width + PaneLayout.columnStep)
        #expect(effects.contains(.savePaneSizes(state.panes.sizes(for: state.screen, focus: .documents), key: "120x40")))
        _ = Reducer.reduce(&state, .key(.character("2")))
        let reader = state.layout.reader.width
        _ = Reducer.reduce(&state, .key(.character("<")))
        #expect(state.layout.reader.width == reader - PaneLayout.columnStep, "the reader gives a column to each side")
        _ = Reducer.reduce(&state, .key(.character("4")))
        let timeline = state.layout.timeline.height
        _ = Reducer.reduce(&state, .key(.character(">")))
        #expect(state.layout.timeline.height == timeline + 1)
        _ = Reducer.reduce(&state, .resize(Size(width: 100, height: 30)))
        #expect(state.layout == ScreenLayout(size: Size(width: 100, height: 30)), "another size has its own split")
        _ = Reducer.reduce(&state, .resize(Size(width: 120, height: 40)))
        #expect(state.layout.timeline.height == timeline + 1, "and this one keeps its own")
    }

    @Test func aPaneStopsAtItsLimitAndSaysSo() {
        var state = state(width: 120, height: 40)
        var effects: [Effect] = []
        for _ in 0..<60 { effects = Reducer.reduce(&state, .key(.character("<"))) }
        #expect(effects.isEmpty)
        #expect(state.layout.documents.width == PaneSizes.minimumSideWidth)
        #expect(state.message?.text == "The documents cannot be made any narrower at this size")
    }

    @Test func aNarrowScreenKeepsASplitForEachFocus() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("<")))
        #expect(state.panes.saved.keys.sorted() == ["80x24 documents"])
        let documents = state.layout.documents.width
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character(">")))
        #expect(state.panes.saved.keys.sorted() == ["80x24 documents", "80x24 reader"])
        _ = Reducer.reduce(&state, .key(.character("1")))
        #expect(state.layout.documents.width == documents)
    }

    @Test func theFileKeepsSizesByTerminalSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-panes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = PaneSizesFile.standard(environment: ["XDG_STATE_HOME": folder.path])
        #expect(file.url.path == folder.path + "/dossier/panes.json")
        #expect(file.load().isEmpty)
        try file.save(PaneSizes(documents: 20, entities: 18, timeline: 6), for: "100x30")
        try PaneSizesFile(url: file.url).save(PaneSizes(documents: 30, entities: 12, timeline: 5), for: "80x24 documents")
        #expect(file.load() == ["100x30": PaneSizes(documents: 20, entities: 18, timeline: 6),
                                "80x24 documents": PaneSizes(documents: 30, entities: 12, timeline: 5)])
        try Data("not json".utf8).write(to: file.url)
        #expect(file.load().isEmpty, "a damaged file gives the standard sizes")
    }
}
