import Foundation
import Testing
@testable import DossierIndex

/// Notes are the user's data: they outlive the index, follow their sentence when a document is
/// edited, survive a crash while saving, and a notes file that cannot be read is never overwritten.
@Suite("Notes and bookmarks")
struct NoteStoreTests {
    static let text = """
        The pipeline talks resumed in Vienna. Transit fees were the main question. The financing had collapsed twice.
        """

    /// Bookmarks the sentence with `ordinal` of the only document and writes `text` on it.
    private func bookmark(_ ordinal: Int, text: String = "", in corpus: Corpus) throws -> Note {
        let document = try #require(try corpus.documents().first)
        let note = try #require(try corpus.note(onSentence: ordinal, inDocument: document.id, text: text))
        try NoteStore(corpusRoot: corpus.root).update { $0.append(note) }
        return note
    }

    private func placed(_ corpus: TemporaryCorpus) throws -> [PlacedNote] {
        let opened = try corpus.open().corpus
        return try opened.place(try NoteStore(corpusRoot: corpus.root).load())
    }

    @Test func aNoteRecordsItsSentenceAndOffsetsInReadableJSON() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let note = try bookmark(1, text: "ask about the fees", in: corpus.open().corpus)
        #expect(note.sentence == "Transit fees were the main question.")
        #expect(note.document == "a.txt")
        let original = Array(Self.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(original[note.start..<note.end])) == note.sentence)
        let file = try String(contentsOf: corpus.root.appendingPathComponent(".dossier/notes.json"), encoding: .utf8)
        #expect(file.contains("\n  \"notes\" : [\n"), "pretty-printed for people to read")
        #expect(file.contains("\"note\" : \"ask about the fees\""))
        #expect(file.contains("\"version\" : 1"))
    }

    @Test func notesSurviveAnIndexRebuild() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let note = try bookmark(2, text: "twice?", in: corpus.open().corpus)
        _ = try IndexStore.open(at: corpus.indexURL, mayReplaceUnrecognised: true, discardingExisting: true)
        let places = try placed(corpus)
        #expect(places.map(\.note) == [note])
        #expect(places.first?.sentence?.text == "The financing had collapsed twice.")
        #expect(places.first?.sentence?.ordinal == 2)
    }

    @Test func anEditedDocumentKeepsItsNotesOnTheirSentencesAndOrphansTheRest() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let opened = try corpus.open().corpus
        let moved = try bookmark(2, text: "moved", in: opened)
        let retyped = try bookmark(1, text: "retyped", in: opened)
        let gone = try bookmark(0, text: "gone", in: opened)
        try corpus.write("a.txt", """
            A new opening sentence. Another one before the rest. TRANSIT FEES were the main question! The financing had collapsed twice.
            """)
        let places = try placed(corpus)
        let byText = Dictionary(uniqueKeysWithValues: places.map { ($0.note.text, $0) })
        #expect(byText["moved"]?.sentence?.ordinal == 3, "found by its exact text at its new place")
        #expect(byText["retyped"]?.sentence?.text == "TRANSIT FEES were the main question!", "found by its words once case and punctuation are set aside")
        #expect(byText["gone"]?.isOrphaned == true)
        #expect(byText["gone"]?.document?.path == "a.txt")
        #expect(try NoteStore(corpusRoot: corpus.root).load().map(\.id) == [moved.id, retyped.id, gone.id], "an orphaned note is kept")
    }

    @Test func aNoteWhoseSentenceChangedByAWordMovesToItAndSaysSo() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let opened = try corpus.open().corpus
        let edited = try bookmark(1, text: "one word changed", in: opened)
        let rewritten = try bookmark(2, text: "rewritten", in: opened)
        try corpus.write("a.txt", """
            The pipeline talks resumed in Vienna. Transit fees were the key question. Nobody expected the money to arrive.
            """)
        let places = Dictionary(uniqueKeysWithValues: try placed(corpus).map { ($0.note.id, $0) })
        #expect(places[edited.id]?.sentence?.text == "Transit fees were the key question.")
        #expect(places[edited.id]?.sentenceChanged == true, "the list says the sentence was edited")
        #expect(places[rewritten.id]?.isOrphaned == true, "a sentence rewritten beyond a word or two is not guessed at")
        #expect(places[rewritten.id]?.sentenceChanged == false)
        #expect(try NoteStore(corpusRoot: corpus.root).load().first { $0.id == edited.id }?.sentence == "Transit fees were the main question.",
                "placing a note reads the file and never rewrites it")
    }

    @Test func ofTwoEditedSentencesEquallyLikeTheNotesNeitherIsTaken() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Transit fees were the main question today. Prices rose."])
        let note = try bookmark(0, in: corpus.open().corpus)
        try corpus.write("a.txt", "Transit fees were the main issue today. Prices rose. Transit fees were the main point today.")
        let place = try #require(try placed(corpus).first { $0.note.id == note.id })
        #expect(place.isOrphaned, "two sentences one word away: which one the note meant is not clear")
    }

    @Test func aNoteOnADocumentThatWasRemovedIsOrphanedNotDropped() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text, "b.txt": "Another document."])
        let note = try bookmark(0, in: corpus.open().corpus)
        try corpus.remove("a.txt")
        let places = try placed(corpus)
        #expect(places.map(\.note) == [note])
        #expect(places.first?.isOrphaned == true)
        #expect(places.first?.document == nil)
    }

    @Test func aCrashBetweenWriteAndRenameLeavesTheOldFileAndTheTemporaryFileIsIgnored() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let opened = try corpus.open().corpus
        let first = try bookmark(0, in: opened)
        let store = NoteStore(corpusRoot: corpus.root)
        let document = try #require(try opened.documents().first)
        let second = try #require(try opened.note(onSentence: 1, inDocument: document.id))
        let leftover = try store.writeTemporary([first, second])
        #expect(FileManager.default.fileExists(atPath: leftover.path))
        #expect(leftover.deletingLastPathComponent() == store.url.deletingLastPathComponent(), "renamed within one folder, so the rename is atomic")
        #expect(try store.load() == [first])
        let third = try bookmark(2, in: opened)
        #expect(try store.load() == [first, third])
    }

    @Test func aCorruptNotesFileIsNeverOverwritten() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let broken = "{\n  \"version\" : 1,\n  \"notes\" : [ { \"id\" : \"x\", \n"
        try corpus.write(".dossier/notes.json", broken)
        let store = NoteStore(corpusRoot: corpus.root)
        let error = try #require(throws: NoteStoreError.self) { try store.load() }
        #expect(error.description.contains(".dossier/notes.json cannot be read (not valid JSON"))
        #expect(error.description.contains("notes are not saved until then"))
        #expect(throws: NoteStoreError.self) { try store.update { $0.removeAll() } }
        #expect(try String(contentsOf: store.url, encoding: .utf8) == broken)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path) == ["notes.json"])
    }

    @Test func aFileFromANewerDossierIsNotOverwrittenEither() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let newer = "{ \"version\" : 2, \"notes\" : [] }"
        try corpus.write(".dossier/notes.json", newer)
        let store = NoteStore(corpusRoot: corpus.root)
        #expect(throws: NoteStoreError.self) { try store.update { _ in } }
        #expect(try String(contentsOf: store.url, encoding: .utf8) == newer)
    }

    @Test func savingKeepsTheNotesFilesPermissions() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        let opened = try corpus.open().corpus
        _ = try bookmark(0, in: opened)
        let store = NoteStore(corpusRoot: corpus.root)
        for mode in [0o444, 0o600, 0o640] as [mode_t] {
            #expect(chmod(store.url.path, mode) == 0)
            _ = try bookmark(1, text: "mode \(String(mode, radix: 8))", in: opened)
            let attributes = try FileManager.default.attributesOfItem(atPath: store.url.path)
            #expect((attributes[.posixPermissions] as? Int).map { mode_t($0) } == mode, "a file made \(String(mode, radix: 8)) stays so")
        }
        #expect(try store.load().count == 4)
    }

    @Test func theNotesFolderIsNotPartOfTheCorpus() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text, ".dossier/notes.json": "{}", ".dossier/draft.txt": "Not a document."])
        #expect(CorpusScanner.scan(corpus.root).map(\.relativePath) == ["a.txt"])
    }
}
