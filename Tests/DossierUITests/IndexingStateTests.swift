import DossierIndex
@testable import DossierUI
import Testing

/// The explorer while the index is built behind it: the list as files are scanned and indexed,
/// progress in the status bar, panes that say their phase is not done, and what is loaded again
/// as batches land.
@Suite("Indexing in the background")
struct IndexingStateTests {
    static func file(_ place: Int, path: String) -> DocumentSummary {
        DocumentSummary(id: -1 - Int64(place), path: path, title: path, wordCount: 0, sentenceCount: 0)
    }

    static func indexed(_ id: Int64, path: String) -> DocumentSummary {
        DocumentSummary(id: id, path: path, title: "Title of \(path)", wordCount: 120, sentenceCount: 6)
    }

    static let progress = IndexProgress(phase: .entities, done: 410, total: 1_000, seconds: 0.125)

    func state() -> AppState {
        var state = AppState(corpusName: "corpus", documents: [], screen: Size(width: 100, height: 30))
        state.indexing.isUnderWay = true
        state.timeline.requested = state.timelineFilter
        return state
    }

    @Test func theScannedListOpensItsFirstFileFromDiskAndIndexedDocumentsReplaceTheirFiles() {
        var state = state()
        let effects = Reducer.reduce(&state, .indexing(.listed([Self.file(0, path: "a.txt"), Self.file(1, path: "b.txt"), Self.file(2, path: "c.txt")])))
        #expect(effects.first == .openFile(Self.file(0, path: "a.txt"), focus: nil))
        _ = Reducer.reduce(&state, .key(.character("j")))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(Reducer.reduce(&state, .key(.enter)).first == .openFile(Self.file(2, path: "c.txt"), focus: .reader))
        state.reader.open(DocumentText(summary: Self.file(2, path: "c.txt"), paragraphs: []), width: 60)
        let later = Reducer.reduce(&state, .indexing(.listed([Self.indexed(7, path: "a.txt"), Self.indexed(8, path: "b.txt"), Self.file(2, path: "c.txt")])))
        #expect(later.isEmpty, "A document is open already")
        #expect(state.documents.map(\.id) == [7, 8, -3])
        #expect(state.selectedDocument?.path == "c.txt")
        _ = Reducer.reduce(&state, .key(.character("k")))
        #expect(Reducer.reduce(&state, .key(.enter)).first == .openDocument(8, focus: .reader))
        let indexedAtLast = Reducer.reduce(&state, .indexing(.listed([Self.indexed(7, path: "a.txt"), Self.indexed(8, path: "b.txt"), Self.indexed(9, path: "c.txt")])))
        guard case .openDocument(9, nil, .position(let position)?)? = indexedAtLast.first else {
            Issue.record("The open file should open again from the index where it was: \(indexedAtLast)")
            return
        }
        #expect(position.documentID == 9)
    }

    @Test func panesSayWhileTheirPhaseIsNotDone() {
        var state = state()
        _ = Reducer.reduce(&state, .indexing(.progress(Self.progress)))
        #expect(state.indexing.notice(for: .text) == nil)
        #expect(state.indexing.notice(for: .entities) == "entities: 41% · 3,280 docs/s · 1 s left")
        #expect(state.indexing.notice(for: .dates) == "dates: after entities (41%)")
        var buffer = Buffer(size: Size(width: 100, height: 1))
        StatusBar(state: state).render(into: &buffer, area: buffer.area)
        #expect(buffer.line(0).hasPrefix(" corpus · 0 documents · entities: 41% · 3,280 docs/s · 1 s left · Documents"))
        var sidebar = Buffer(size: Size(width: 50, height: 6))
        EntitySidebarPane(state: state).render(into: &sidebar, area: sidebar.area)
        #expect(sidebar.text.contains("entities: 41% · 3,280 docs/s"), "\(sidebar.text)")
        _ = Reducer.reduce(&state, .indexing(.finished(IndexStatus(documents: 3, through: [.text: 3, .entities: 3, .dates: 3, .claims: 3],
                                                                   entitiesResolved: true), notices: [])))
        #expect(IndexPhase.allCases.allSatisfy { state.indexing.notice(for: $0) == nil })
        #expect(!state.indexing.isUnderWay)
    }

    @Test func landedBatchesLoadAgainWhatTheyChange() {
        var state = state()
        state.reader.open(DocumentText(summary: Self.indexed(4, path: "d.txt"), paragraphs: []), width: 60)
        let status = IndexStatus(documents: 1, through: [.text: 1], entitiesResolved: false)
        #expect(Reducer.reduce(&state, .indexing(.landed(.text, status))) == [.reloadSearchIndex])
        #expect(Reducer.reduce(&state, .indexing(.landed(.entities, status))) == [.loadEntities(.document(4))])
        #expect(Reducer.reduce(&state, .indexing(.landed(.dates, status))) == [.loadTimeline(state.timelineFilter)])
        #expect(Reducer.reduce(&state, .indexing(.landed(.claims, status))) == [.loadClaimMarkers(documentID: 4)])
        _ = Reducer.reduce(&state, .key(.character("/")))
        _ = Reducer.reduce(&state, .key(.character("o")))
        let effects = Reducer.reduce(&state, .indexing(.landed(.text, status)))
        #expect(effects.count == 2 && effects.first == .reloadSearchIndex, "An open search asks again: \(effects)")
        if case .search? = effects.last {} else { Issue.record("No search in \(effects)") }
    }

    @Test func aLargeFolderWaitsForYesOrNoWhileOtherKeysStillWork() {
        var state = state()
        _ = Reducer.reduce(&state, .indexing(.listed([Self.file(0, path: "a.txt"), Self.file(1, path: "b.txt")])))
        _ = Reducer.reduce(&state, .indexing(.question(.init(files: 150_000, bytes: 3 << 30))))
        var buffer = Buffer(size: Size(width: 120, height: 1))
        StatusBar(state: state).render(into: &buffer, area: buffer.area)
        #expect(buffer.line(0).contains("This folder has 150,000 files (3.0 GB) to index. Index them? y/n"))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(state.documentCursor.selected == 1)
        #expect(Reducer.reduce(&state, .key(.character("n"))) == [.answerIndexing(false)])
        #expect(state.indexing.question == nil && state.indexing.isStopped)
        #expect(Reducer.reduce(&state, .key(.character("q"))) == [.quit])
    }
}
