import DossierIndex
@testable import DossierUI
import Testing

@Suite("Widgets")
struct WidgetTests {
    let documents = [
        DocumentSummary(id: 1, path: "a.txt", title: "Pipeline Talks Resume in Vienna", date: "2024-03-05", wordCount: 1234, sentenceCount: 9),
        DocumentSummary(id: 2, path: "b.txt", title: "Harbour", date: "2023", dateInferred: true, wordCount: 80, sentenceCount: 4),
    ]

    @Test func documentListShowsTitlesDatesAndTheSelection() {
        var state = AppState(corpusName: "c", documents: documents, screen: Size(width: 100, height: 30))
        state.documentCursor.select(1, count: 2, visible: 5)
        var buffer = Buffer(size: Size(width: 24, height: 7))
        DocumentListPane(state: state).render(into: &buffer, area: buffer.area)
        #expect(buffer.text == """
        ┏━ Documents (2) ━━━━━━┓
        ┃ Pipeline Talks Resum…┃
        ┃ 2024-03-05 · 1,234 w…┃
        ┃ Harbour              ┃
        ┃ ~2023 · 80 words     ┃
        ┃                      ┃
        ┗━━━━━━━━━━━━━━━━ 2/2 ━┛
        """)
        #expect(buffer.styleLine(3) == "Bssssssssssssssssssssss" + "B")
        #expect(buffer.styleLine(1) == "Bt" + String(repeating: ".", count: 21) + "B")
    }

    @Test func unfocusedFrameUsesLightLines() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        Frame(title: "Reader", focused: false).render(into: &buffer, area: buffer.area)
        #expect(buffer.text == "┌─ Reader ─┐\n│          │\n└──────────┘")
    }

    @Test func statusBarShowsAMessageInsteadOfTheLocation() {
        var state = AppState(corpusName: "seeds", documents: documents, screen: Size(width: 80, height: 24))
        var buffer = Buffer(size: Size(width: 80, height: 1))
        StatusBar(state: state).render(into: &buffer, area: buffer.area)
        #expect(buffer.line(0).hasPrefix(" seeds · 2 documents · Documents"))
        #expect(buffer.line(0).hasSuffix("Tab pane  Enter open  / search  ? help  q quit"))
        state.message = StatusMessage("Skipped 1 file: x.txt (not a text file)", kind: .warning)
        StatusBar(state: state).render(into: &buffer, area: buffer.area)
        #expect(buffer.line(0).hasPrefix(" Skipped 1 file: x.txt (not a text file)  "))
        #expect(buffer.line(0).hasSuffix("  Enter open  / search  ? help  q quit"), "the first hint gave way to the message")
    }

    @Test func hintsShrinkOrGoRatherThanClipAMessage() {
        var state = AppState(corpusName: "seeds", documents: documents, screen: Size(width: 80, height: 24))
        var buffer = Buffer(size: Size(width: 80, height: 1))
        let long = "Merged Ibrahim Raisi into Ebrahim Raisi; saved in dossier.toml (2 aliases)"
        state.message = StatusMessage(long)
        StatusBar(state: state).render(into: &buffer, area: buffer.area)
        #expect(buffer.line(0) == " " + long, "no hint fits beside this message, so none is shown")
        state.message = StatusMessage(String(long.prefix(66)))
        StatusBar(state: state).render(into: &buffer, area: buffer.area)
        #expect(buffer.line(0).hasPrefix(" " + long.prefix(66)))
        #expect(buffer.line(0).hasSuffix("  q quit"), "the last hint fits")
        #expect(!buffer.line(0).contains("? help"))
    }
}
