import DossierIndex
@testable import DossierUI
import Foundation
import Testing

/// Setting a document's date from the explorer: `D`, a prompt, and dossier.toml.
@Suite("Setting a document's date")
struct DocumentDateEditTests {
    func state() -> AppState {
        let documents = [DocumentSummary(id: 1, path: "news/a.txt", title: "Storm closes ports", date: "2004", dateInferred: true, wordCount: 7, sentenceCount: 2),
                         DocumentSummary(id: 2, path: "news/b.txt", title: "Talks resume", wordCount: 7, sentenceCount: 2)]
        return AppState(corpusName: "test", documents: documents, screen: Size(width: 100, height: 30))
    }

    @Test func dAsksForTheSelectedDocumentsDateAndEnterWritesIt() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("D")))
        #expect(state.isTyping)
        #expect(state.dateEdit?.editor.text == "2004", "the date in force is there to correct")
        #expect(Screen.render(state).text.contains("Date of Storm closes ports"))
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "14 February 2005" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.setDocumentDate(path: "news/a.txt", date: "2005-02-14")])
        #expect(!state.isTyping)
    }

    @Test func aTypedDateThatIsNoDateKeepsThePromptAndSaysWhy() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("j")))
        _ = Reducer.reduce(&state, .key(.character("D")))
        for character in "soon" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.dateEdit?.document.path == "news/b.txt")
        #expect(state.message?.text.contains("is not a date") == true)
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state.dateEdit == nil)
    }

    @Test func theAnswerRedatesTheListAndAsksForTheTimelineAgain() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("4")))
        _ = Reducer.reduce(&state, .timelineLoaded(TimelineFilter(), []))
        let redated = DocumentSummary(id: 1, path: "news/a.txt", title: "Storm closes ports", date: "2005-02-14", wordCount: 7, sentenceCount: 2)
        let effects = Reducer.reduce(&state, .documentDated(redated))
        #expect(state.documents.first?.date == "2005-02-14" && state.documents.first?.dateInferred == false)
        #expect(effects.contains(.loadTimeline(TimelineFilter())))
        #expect(state.message?.text.contains("saved in dossier.toml") == true)
    }
}
