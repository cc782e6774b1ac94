import DossierIndex
import Foundation
@testable import DossierUI
import Testing

/// Bookmarks and notes through the reducer: `B` and `a` in the reader, the note editor, the notes
/// overlay (`'`) and `Enter` there; then the whole screen over the fixture corpus, saving for real.
@Suite("Notes and bookmarks")
struct NotesTests {
    static func placed(_ document: Int64, _ ordinal: Int?, text: String, id: String) -> PlacedNote {
        let note = Note(id: id, document: "doc\(document).txt", sentence: "Sentence \(ordinal ?? 99)", ordinal: ordinal ?? 99, start: 0, end: 10,
                        text: text, created: Date(timeIntervalSince1970: 0))
        return PlacedNote(note: note, document: nil, sentence: ordinal.map { ClaimNavigationTests.reference(document, $0) })
    }

    /// Document 1 open in the reader with linked claims at 5 and 30, and the notes read: none.
    func state() -> AppState {
        var state = ClaimNavigationTests().state()
        _ = Reducer.reduce(&state, .notesLoaded(NotesUpdate(placed: [])))
        return state
    }

    @Test func theFirstDocumentOpenedAsksForTheNotesOnce() {
        var state = AppState(corpusName: "test", documents: [], screen: Size(width: 100, height: 30))
        #expect(Reducer.reduce(&state, .documentOpened(ClaimNavigationTests.text(id: 1), focus: .reader, target: nil)).contains(.loadNotes))
        #expect(!Reducer.reduce(&state, .documentOpened(ClaimNavigationTests.text(id: 2), focus: .reader, target: nil)).contains(.loadNotes))
    }

    @Test func bBookmarksTheFirstSentenceInViewOrTheClaimAJumpLandedOn() {
        var state = state()
        #expect(Reducer.reduce(&state, .key(.character("B"))) == [.changeNotes(.add(documentID: 1, ordinal: 0, text: ""))])
        _ = Reducer.reduce(&state, .key(.character("]")))
        #expect(Reducer.reduce(&state, .key(.character("B"))) == [.changeNotes(.add(documentID: 1, ordinal: 5, text: ""))])
        _ = Reducer.reduce(&state, .notesLoaded(NotesUpdate(placed: [Self.placed(1, 5, text: "", id: "n5")])))
        #expect(Reducer.reduce(&state, .key(.character("B"))).isEmpty)
        #expect(state.message?.text.hasPrefix("Already bookmarked") == true)
    }

    @Test func aOpensTheNoteEditorWithTheUsualKeysAndEscCancels() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("a")))
        #expect(state.notes.edit?.target == .sentence(documentID: 1, ordinal: 0))
        #expect(state.keyScopes == [.prompt])
        for character in "check the fees" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.control("w")))
        #expect(state.notes.edit?.editor.text == "check the ")
        for key: Key in [.left, .left, .left, .left, .control("u")] { _ = Reducer.reduce(&state, .key(key)) }
        #expect(state.notes.edit?.editor.text == "the ")
        #expect(Reducer.reduce(&state, .key(.escape)).isEmpty)
        #expect(state.notes.edit == nil)
        #expect(state.message?.text == "Note not saved")
    }

    @Test func enterSavesANewNoteOrEditsTheOneOnTheSentence() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("a")))
        for character in "fees?" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.changeNotes(.add(documentID: 1, ordinal: 0, text: "fees?"))])
        _ = Reducer.reduce(&state, .notesLoaded(NotesUpdate(placed: [Self.placed(1, 0, text: "fees?", id: "n0")])))
        _ = Reducer.reduce(&state, .key(.character("a")))
        #expect(state.notes.edit?.editor.text == "fees?", "the editor starts with the note as written")
        _ = Reducer.reduce(&state, .key(.backspace))
        #expect(Reducer.reduce(&state, .key(.enter)) == [.changeNotes(.edit(id: "n0", text: "fees"))])
    }

    @Test func quoteListsTheNotesAndEnterJumpsThroughTheJumpList() {
        var state = state()
        #expect(Reducer.reduce(&state, .key(.character("'"))) == [.loadNotes])
        #expect(state.overlay == .notes(NotesView()))
        _ = Reducer.reduce(&state, .notesLoaded(NotesUpdate(placed: [Self.placed(2, 7, text: "look", id: "a"), Self.placed(3, nil, text: "gone", id: "b")])))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty, "an orphaned note has nowhere to go")
        #expect(state.message?.text == "That sentence is no longer in doc3.txt; the note is kept")
        _ = Reducer.reduce(&state, .key(.character("k")))
        #expect(Reducer.reduce(&state, .key(.enter)) == [.openDocument(2, focus: .reader, target: .sentence(7))])
        #expect(state.overlay == nil)
        #expect(state.jumps.entries.map(\.documentID) == [1])
    }

    @Test func aNotesFileThatCannotBeReadIsNamedInTheStatusBar() {
        var state = state()
        let error = NoteStoreError(path: "/c/.dossier/notes.json", problem: "cannot be read (not valid JSON); fix it or move it away, notes are not saved until then")
        _ = Reducer.reduce(&state, .notesLoaded(NotesUpdate(placed: [], problem: error)))
        #expect(state.message == StatusMessage(error.description, kind: .error))
        #expect(state.notes.placed == [], "what was read before is still shown")
    }

    @Test func theNotesListSaysWhichNotesMovedToAnEditedSentence() {
        var moved = Self.placed(1, 5, text: "fees?", id: "m")
        moved.sentenceChanged = true
        var notes = NotesState()
        notes.placed = [moved, Self.placed(1, 30, text: "kept", id: "k"), Self.placed(1, nil, text: "lost", id: "o")]
        var buffer = Buffer(size: Size(width: 100, height: 10))
        NotesPane(notes: notes, view: NotesView()).render(into: &buffer, area: buffer.area)
        let lines = (0..<10).map(buffer.line)
        #expect(lines.contains { $0.contains("fees?") && $0.contains("moved: its sentence was edited") })
        #expect(lines.contains { $0.contains("kept") && !$0.contains("moved") && !$0.contains("orphaned") })
        #expect(lines.contains { $0.contains("lost") && $0.contains("orphaned: the sentence is gone") })
    }

    @Test func bookmarkingAndWritingANoteSavesTheFileAndTheNotesViewShowsThem() throws {
        var harness = try ScreenHarness()
        harness.press("jjj<Enter>B<Space>a")
        harness.press("check the transit fees<Enter>")
        #expect(harness.state.message?.text == "Note saved in .dossier/notes.json")
        let saved = try NoteStore(corpusRoot: harness.fixture.root).load()
        #expect(saved.map(\.text) == ["", "check the transit fees"])
        harness.press("'")
        Snapshot.expect(harness.screen, matches: "notes-view")
        harness.press("j<Enter>")
        #expect(harness.state.overlay == nil)
        #expect(harness.state.claims.current == saved[1].ordinal, "the reader is at the noted sentence")
    }

    /// A notes file that cannot be read: what the user writes is kept in memory, listed and marked
    /// as unsaved, offered again by `a`, and written once the file is moved away and `W` pressed.
    @Test func aNoteThatCannotBeSavedIsKeptShownAndSavedWhenTheFileCanBeWritten() throws {
        var harness = try ScreenHarness()
        let store = NoteStore(corpusRoot: harness.fixture.root)
        let broken = "{ \"version\" : 1, \"notes\" : [ "
        try FileManager.default.createDirectory(at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try broken.write(to: store.url, atomically: true, encoding: .utf8)
        harness.press("jjj<Enter>a")
        harness.press("check the fees<Enter>")
        #expect(harness.state.message?.kind == .error)
        #expect(harness.state.message?.text.hasPrefix("1 note kept but not saved: \(store.url.path) cannot be read") == true)
        let line = try #require(harness.buffer.text.split(separator: "\n").first { $0.contains(ReaderPane.unsavedNoteMark) },
                                "the reader's gutter marks the unsaved note")
        #expect(!line.isEmpty)
        harness.press("a")
        #expect(harness.state.notes.edit?.editor.text == "check the fees", "a reopens the note as typed, not empty")
        harness.press("<Esc>'")
        #expect(harness.screen.contains("Notes (1, 1 unsaved)"))
        #expect(harness.screen.contains("check the fees · unsaved: W tries again"))
        #expect(try String(contentsOf: store.url, encoding: .utf8) == broken, "the unreadable file is still not overwritten")

        try FileManager.default.removeItem(at: store.url)
        harness.press("<Esc>W")
        #expect(harness.state.message?.text == "Saved 1 change in .dossier/notes.json")
        #expect(try store.load().map(\.text) == ["check the fees"])
        #expect(harness.state.notes.unsaved.isEmpty)
        #expect(!harness.screen.contains(ReaderPane.unsavedNoteMark))
    }

    /// The next change writes the unsaved ones before it too.
    @Test func theNextSaveWritesTheNotesThatCouldNotBeSavedBefore() throws {
        var harness = try ScreenHarness()
        let store = NoteStore(corpusRoot: harness.fixture.root)
        // A file where the notes folder should be: nothing can be written inside it.
        try "not a folder".write(to: store.url.deletingLastPathComponent(), atomically: true, encoding: .utf8)
        harness.press("jjj<Enter>B")
        #expect(harness.state.notes.unsaved.count == 1)
        try FileManager.default.removeItem(at: store.url.deletingLastPathComponent())
        harness.press("<Space>a")
        harness.press("second<Enter>")
        #expect(harness.state.message?.text == "Note saved in .dossier/notes.json, with 1 change not saved before")
        #expect(try store.load().map(\.text) == ["", "second"])
    }

    /// Quitting tries once more, then offers a file in the state folder, and quits once the notes are in it.
    @Test func quittingWithUnsavedNotesOffersToWriteThemToAFile() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        var harness = try ScreenHarness(environment: ["XDG_STATE_HOME": state.path])
        let store = NoteStore(corpusRoot: harness.fixture.root)
        try "not a folder".write(to: store.url.deletingLastPathComponent(), atomically: true, encoding: .utf8)
        harness.press("jjj<Enter>a")
        harness.press("keep me<Enter>q")
        #expect(harness.state.isRunning, "q does not drop the note")
        let offered = try #require(harness.state.notes.rescue?.text)
        #expect(offered.hasPrefix(state.path + "/dossier/unsaved-notes-"))
        #expect(harness.screen.contains(URL(fileURLWithPath: offered).lastPathComponent), "the prompt shows the end of the path, where the cursor is")
        harness.press("<Esc>")
        #expect(harness.state.isRunning && harness.state.notes.rescue == nil, "Esc goes back to the explorer")
        harness.press("q<Enter>")
        #expect(!harness.state.isRunning)
        #expect(harness.state.exitMessage?.hasPrefix("1 unsaved note written to \(offered)") == true)
        let kept = try NoteStore(url: URL(fileURLWithPath: offered)).load()
        #expect(kept.map(\.text) == ["keep me"], "written in notes.json's layout, to copy back")
    }

    @Test func quittingWithEveryNoteSavedQuitsAtOnce() throws {
        var harness = try ScreenHarness()
        harness.press("jjj<Enter>Bq")
        #expect(!harness.state.isRunning)
        #expect(harness.state.notes.rescue == nil)
    }
}
