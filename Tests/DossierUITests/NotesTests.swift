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
        #expect(state.confirmation?.yes == [.changeNotes(.delete(id: "n5"))], "B on a bookmark asks to take it away")
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
        var buffer = Buffer(size: Size(width: 100, height: 16))
        NotesPane(notes: notes, view: NotesView()).render(into: &buffer, area: buffer.area)
        let lines = (0..<16).map(buffer.line)
        #expect(lines.contains { $0.contains("fees?") && $0.contains("moved: its sentence was edited") })
        #expect(lines.contains { $0.contains("kept") && !$0.contains("moved") && !$0.contains("orphaned") })
        #expect(lines.contains { $0.contains("lost") && $0.contains("orphaned: the sentence is gone") })
    }

    /// The gutter's column for bookmark and note marks, and the two after it for claim markers, on the row of `text`.
    /// as "mark|claim|style of the mark".
    static func gutter(of text: String, in harness: ScreenHarness) throws -> String {
        let buffer = harness.buffer, area = harness.state.layout.readerText
        let row = try #require((area.y..<area.maxY).first { buffer.line($0).contains(text) }, "\(text) is not in view:\n\(harness.screen)")
        let x = area.x - ScreenLayout.gutterWidth
        return "\(buffer[x, row].grapheme)|\(buffer[x + 1, row].grapheme + buffer[x + 2, row].grapheme)|\(Array(buffer.styleLine(row))[x])"
    }

    @Test func bookmarksAndNotesAreMarkedInTheGutterApartFromClaims() throws {
        var harness = try ScreenHarness()
        harness.press(":open epsilon<Enter>")
        let document = try #require(harness.state.reader.document)
        // Sentence 0 is the heading the title shows; the text begins with sentence 1.
        harness.dispatch(.claimMarkersLoaded(documentID: document.summary.id, [1: ClaimMarker(sources: 2, hasConflict: true)]))
        #expect(try Self.gutter(of: "The first snow came", in: harness) == " |!2|c", "a claim alone")
        harness.press("B")
        #expect(try Self.gutter(of: "The first snow came", in: harness) == "•|!2|t", "a bookmark beside the claim's marker")
        harness.press("a")
        harness.press("too early?<Enter>")
        #expect(try Self.gutter(of: "The first snow came", in: harness) == "✎|!2|t", "a note")
        #expect(try Self.gutter(of: "By November the road", in: harness) == " |  |.", "only on the sentence's first line")
    }

    @Test func theStatusBarShowsTheNoteOnTheSentenceUnderTheCursor() throws {
        var harness = try ScreenHarness()
        harness.press(":open epsilon<Enter>a")
        harness.press("too early for snow?<Enter><C-l>")
        #expect(harness.state.focus == .reader)
        #expect(harness.buffer.line(harness.state.screen.height - 1).hasPrefix(" ✎ too early for snow?"), "\(harness.screen)")
        harness.press("jjjjjj")
        #expect(!harness.buffer.line(harness.state.screen.height - 1).contains("too early"), "the sentence scrolled away")
        harness.press("gk")
        harness.press("1")
        #expect(!harness.buffer.line(harness.state.screen.height - 1).contains("too early"), "the reader does not have the keys")
    }

    @Test func deletingAsksKeepsTheNoteAsDeletedAndUBringsItBack() throws {
        var harness = try ScreenHarness()
        harness.press(":open epsilon<Enter>B<Space>a")
        harness.press("check the transit fees<Enter>'j")
        let store = NoteStore(corpusRoot: harness.fixture.root)
        let note = try #require(harness.state.notes.listed.last?.note)
        #expect(note.text == "check the transit fees")
        harness.press("d")
        #expect(harness.state.confirmation?.question == "Delete the note “check the transit fees”? (kept as deleted until emptied)")
        harness.press("n")
        #expect(try store.load().allSatisfy { !$0.isDeleted }, "n keeps it")
        harness.press("dy")
        #expect(try store.load().first { $0.id == note.id }?.isDeleted == true, "the file keeps the deleted note")
        #expect(harness.state.notes.listed.count == 1 && harness.state.notes.deleted.map(\.note.id) == [note.id])
        #expect(harness.screen.contains("Notes (1) · 1 deleted: u restores, X empties"))
        harness.press("u")
        #expect(harness.state.notes.listed.count == 2 && harness.state.notes.deleted.isEmpty)
        #expect(try store.load().allSatisfy { !$0.isDeleted })
        harness.press("jdyX")
        #expect(harness.state.confirmation?.question == "Remove the 1 deleted note from .dossier/notes.json for good?")
        harness.press("y")
        #expect(try store.load().map(\.text) == [""], "emptied, only the bookmark is left")
        #expect(harness.state.message?.text == "Emptied 1 deleted note from .dossier/notes.json")
        harness.press("<Esc>gB")
        #expect(harness.state.confirmation?.question.hasPrefix("Delete the bookmark on “The first snow came") == true, "B again in the reader")
        harness.press("y")
        #expect(harness.state.notes.listed.isEmpty)
        #expect(try Self.gutter(of: "The first snow came", in: harness).hasPrefix(" |"), "a deleted bookmark is no longer marked")
    }

    @Test func theNotesListShowsEveryNoteWholeWithItsDocumentsTitleAndDate() throws {
        var harness = try ScreenHarness(size: Size(width: 80, height: 24))
        let long = "ask the council whether the second snowplough was ever delivered, and who paid for it in the end"
        harness.press(":open zeta<Enter>a\(long)<Enter>'")
        let pane = harness.state.layout.searchResults, buffer = harness.buffer
        let text = (pane.y..<pane.maxY).map { y in (pane.x + 1..<pane.maxX - 1).map { buffer[$0, y].grapheme }.joined() }.joined(separator: " ")
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("✎ " + long), "the note whole:\n\(harness.screen)")
        #expect(words.contains("Embargo Dates Disputed · zeta.md · 2024-03-08"), "its document's title, path and date")
        #expect(words.contains("“The arms embargo ended in October 2020, one envoy said.”"), "its sentence whole")
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
