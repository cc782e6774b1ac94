import DossierIndex
@testable import DossierUI
import Testing

@Suite("The reducer")
struct ReducerTests {
    static func summaries(_ count: Int) -> [DocumentSummary] {
        (0..<count).map { DocumentSummary(id: Int64($0 + 1), path: "doc\($0).txt", title: "Document \($0)", wordCount: 100, sentenceCount: 5) }
    }

    static func text(id: Int64 = 1, paragraphs count: Int) -> DocumentText {
        let paragraph = DocumentText.Paragraph(text: String(repeating: "Words fill this paragraph line after line. ", count: 6), isHeading: false, sentences: [])
        return DocumentText(summary: summaries(Int(id)).last!, paragraphs: Array(repeating: paragraph, count: count))
    }

    func state(documents: Int = 30) -> AppState {
        AppState(corpusName: "test", documents: Self.summaries(documents), screen: Size(width: 100, height: 30))
    }

    @Test func tabCyclesFocusAndNumbersJump() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.focus == .reader)
        _ = Reducer.reduce(&state, .key(.backTab))
        _ = Reducer.reduce(&state, .key(.backTab))
        #expect(state.focus == .timeline)
        _ = Reducer.reduce(&state, .key(.character("3")))
        #expect(state.focus == .entities)
    }

    @Test func selectionMovesAndStaysInRange() {
        var state = state(documents: 30)
        _ = Reducer.reduce(&state, .key(.character("k")))
        #expect(state.documentCursor.selected == 0)
        _ = Reducer.reduce(&state, .key(.character("G")))
        #expect(state.documentCursor.selected == 29)
        #expect(state.documentCursor.top == 30 - state.layout.visibleDocuments)
        _ = Reducer.reduce(&state, .key(.control("u")))
        #expect(state.documentCursor.selected == 29 - state.layout.visibleDocuments / 2)
        _ = Reducer.reduce(&state, .key(.home))
        #expect(state.documentCursor == ListCursor(selected: 0, top: 0))
    }

    @Test func enterAsksForTheSelectedDocumentAndOpeningFocusesTheReader() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.down))
        let effects = Reducer.reduce(&state, .key(.enter))
        #expect(effects == [.openDocument(2, focus: .reader)])
        _ = Reducer.reduce(&state, .documentOpened(Self.text(id: 2, paragraphs: 3), focus: .reader, target: nil))
        #expect(state.focus == .reader)
        #expect(state.reader.document?.summary.id == 2)
    }

    @Test func readerScrollsByLinesAndPagesWithinTheText() {
        var state = state()
        _ = Reducer.reduce(&state, .documentOpened(Self.text(paragraphs: 20), focus: .reader, target: nil))
        let visible = state.layout.readerText.height
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(state.reader.top == 1)
        _ = Reducer.reduce(&state, .key(.character(" ")))
        #expect(state.reader.top == visible)
        _ = Reducer.reduce(&state, .key(.character("b")))
        #expect(state.reader.top == 1)
        _ = Reducer.reduce(&state, .key(.character("G")))
        #expect(state.reader.top == state.reader.lines.count - visible)
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(state.reader.top == state.reader.lines.count - visible)
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        var state = state()
        _ = Reducer.reduce(&state, .documentOpened(Self.text(paragraphs: 20), focus: .reader, target: nil))
        _ = Reducer.reduce(&state, .key(.pageDown))
        _ = Reducer.reduce(&state, .key(.pageDown))
        let paragraph = try #require(state.reader.lines[state.reader.top].paragraph)
        _ = Reducer.reduce(&state, .resize(Size(width: 70, height: 20)))
        #expect(state.reader.lines[state.reader.top].paragraph == paragraph)
        _ = Reducer.reduce(&state, .resize(Size(width: 100, height: 30)))
        #expect(state.reader.lines[state.reader.top].paragraph == paragraph)
    }

    @Test func helpOpensClosesAndTakesTheKeys() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("?")))
        #expect(state.overlay == .help(top: 0))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(state.overlay == .help(top: 1))
        #expect(state.documentCursor.selected == 0)
        _ = Reducer.reduce(&state, .key(.character("q")))
        #expect(state.overlay == nil)
        #expect(state.isRunning)
    }

    @Test func quitAndRedrawAreEffects() {
        var state = state()
        #expect(Reducer.reduce(&state, .key(.control("l"))) == [.redraw, .loadTimeline(TimelineFilter())], "the first action also asks for the timeline")
        #expect(Reducer.reduce(&state, .key(.control("l"))) == [.redraw], "and only once")
        #expect(Reducer.reduce(&state, .key(.character("q"))) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func unboundKeySaysHowToFindHelp() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("Z")))
        #expect(state.message?.text.contains("press ? for the keys") == true)
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(state.message == nil)
    }
}
