import Foundation
import Testing
@testable import DossierIndex

/// Entities as the index keeps them: resolved across documents, queried by document, and
/// corrected through dossier.toml without reading the documents again.
@Suite("Entities in the index")
struct EntityIndexTests {
    static let files = [
        "a.txt": "President Ebrahim Raisi flew to Moscow on Tuesday. Raisi met Vladimir Putin there. The Supreme Leader approved.",
        "b.txt": "Ibrahim Raisi spoke in Tehran. Officials from Rosatom listened. The Supreme Leader was absent.",
        "c.txt": "Nothing named here at all, only plain words.",
    ]

    @Test func listsEntitiesPerDocumentAndAcrossTheCorpus() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        let corpus = try folder.open().corpus
        let raisi = try #require(try corpus.entities().first { $0.name == "Ebrahim Raisi" })
        #expect(raisi.type == .person)
        #expect(raisi.mentions == 3)
        #expect(raisi.documents == 2)
        #expect(Set(try corpus.aliases(of: raisi.id)) == ["Ebrahim Raisi", "Raisi", "Ibrahim Raisi"])
        let documents = try corpus.documents()
        let a = try #require(documents.first { $0.path == "a.txt" })
        #expect(try corpus.entities(inDocument: a.id).map(\.name) == ["Ebrahim Raisi", "Moscow", "Vladimir Putin"])
        #expect(try corpus.entities(inDocument: a.id, type: .place).map(\.name) == ["Moscow"])
        #expect(try corpus.mentionCounts(of: raisi.id).values.sorted() == [1, 2])
        #expect(try corpus.entities(appearingWith: raisi.id).map(\.name).contains("Vladimir Putin"))
        let c = try #require(documents.first { $0.path == "c.txt" })
        #expect(try corpus.entities(inDocument: c.id).isEmpty)
    }

    @Test func mentionOffsetsPointIntoTheOriginalFile() throws {
        let wrapped = """
            Officials  said on Monday that the talks held in Tehran had been useful,
            and that “Ebrahim
            Raisi” would travel again before the end of the year to continue them
            in the spring, once the elections were over and a new team was named
            to lead the delegation on the long road to an agreement.
            """
        let corpus = try TemporaryCorpus(files: ["wrapped.txt": wrapped])
        let opened = try corpus.open().corpus
        let document = try #require(try opened.documents().first)
        let mentions = try opened.mentions(inDocument: document.id)
        #expect(mentions.map(\.text) == ["Tehran", "Ebrahim Raisi"])
        let text = Array(wrapped.unicodeScalars)
        let original = mentions.map { String(String.UnicodeScalarView(text[$0.originalRange])) }
        #expect(original == ["Tehran", "Ebrahim\nRaisi"], "the original keeps its line break")
    }

    @Test func findsEntitiesByWhatAUserTypes() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        let corpus = try folder.open().corpus
        #expect(try corpus.entities(matching: "raisi").map(\.name) == ["Ebrahim Raisi"])
        #expect(try corpus.entities(matching: "Vladimir Pu").map(\.name) == ["Vladimir Putin"], "the last word may be unfinished")
        #expect(try corpus.entities(matching: "nobody").isEmpty)
    }

    @Test func correctionsApplyAtOnceAndOnTheNextOpenWithoutReadingFilesAgain() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        let corpus = try folder.open().corpus
        try corpus.correct(.rename("Ebrahim Raisi", to: "Raisi, Ebrahim"))
        try corpus.correct(.retype("Rosatom", as: .organization))
        try corpus.correct(.ignore("Moscow"))
        try corpus.correct(.merge("Tehran", into: "Vladimir Putin"))
        let names = Set(try corpus.entities().map(\.name))
        #expect(names.contains("Raisi, Ebrahim"))
        #expect(!names.contains("Moscow"))
        #expect(!names.contains("Tehran"), "merged away")
        #expect(try corpus.entities().first { $0.name == "Rosatom" }?.type == .organization)
        #expect(try corpus.entities().first { $0.name == "Vladimir Putin" }?.documents == 2)

        let reopened = try folder.open()
        #expect(reopened.report.read == 0)
        #expect(try reopened.corpus.entities().map(\.name).contains("Raisi, Ebrahim"))
    }

    @Test func anAliasJoinsANameToAnEntityOrFindsOneExtractionMissed() throws {
        let files = Self.files.merging(["d.txt": "Ali Khamenei spoke first. Later the president-elect left, and so did the president."]) { first, _ in first }
        let folder = try TemporaryCorpus(files: files)
        let corpus = try folder.open().corpus
        #expect(try corpus.correct(.alias("the Supreme Leader", of: "Ali Khamenei")).isEmpty)
        #expect(try corpus.entities().first { $0.name == "Ali Khamenei" }?.mentions == 3)

        #expect(try corpus.correct(.alias("the president-elect", of: "Ebrahim Raisi")).isEmpty)
        let d = try #require(try corpus.documents().first { $0.path == "d.txt" })
        let found = try corpus.mentions(inDocument: d.id).filter { $0.entityName == "Ebrahim Raisi" }
        #expect(found.map(\.text) == ["the president-elect"], "matched as written, whole words only")
        let text = Array(files["d.txt"]!.unicodeScalars)
        #expect(found.map { String(String.UnicodeScalarView(text[$0.originalRange])) } == ["the president-elect"])
    }

    @Test func correctionsThatNameNothingLeaveANote() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        let corpus = try folder.open().corpus
        let notes = try corpus.correct(.merge("Nobody Atall", into: "Moscow"))
        #expect(notes == ["[entities.merge] \"Nobody Atall\": no entity of that name"])
        #expect(try corpus.entityNotes() == notes)
    }
}
