import Foundation
import Testing
@testable import DossierIndex

/// The timeline as the index keeps it: dates from every document in time order, narrowed by
/// document, entity and span, and valued again when the user sets a document's date.
@Suite("The timeline")
struct TimelineTests {
    static let files = [
        "a.md": "---\ndate: 2024-03-12\n---\nThe UN arms embargo on Iran ended in October 2020. Vladimir Putin visited Tehran in July 2022.",
        "b.md": "---\ndate: 2023-11-02\n---\nThe embargo lapsed in October 2023, officials in Moscow said. Talks began in 2001.",
        "c.txt": "Ministers met in Moscow last October. Nothing else is dated here.",
    ]

    @Test func listsTheDatesOfEveryDocumentEarliestFirst() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        let events = try folder.open().corpus.timeline()
        let dated = events.filter { $0.sentence.documentPath != "c.txt" }
        #expect(dated.map(\.value.value) == ["2001", "2020-10", "2022-07", "2023-10"])
        #expect(dated.map(\.display) == ["2001", "Oct 2020", "Jul 2022", "Oct 2023"])
        let embargo = try #require(dated.first { $0.value.value == "2020-10" })
        #expect(embargo.sentence.documentPath == "a.md")
        #expect(embargo.sentence.ordinal == 0)
        #expect(embargo.text == "October 2020")
        let scalars = Array(embargo.sentence.text.unicodeScalars)[embargo.rangeInSentence]
        #expect(String(String.UnicodeScalarView(scalars)) == "October 2020")
        #expect(events.map(\.value.firstDay) == events.map(\.value.firstDay).sorted())
    }

    @Test func narrowsToOneDocumentOneEntityOrOneSpan() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        let corpus = try folder.open().corpus
        let b = try #require(try corpus.documents().first { $0.path == "b.md" })
        #expect(try corpus.timeline(TimelineFilter(documentID: b.id)).map(\.value.value) == ["2001", "2023-10"])
        let putin = try #require(try corpus.entities().first { $0.name == "Vladimir Putin" })
        #expect(try corpus.timeline(TimelineFilter(entityID: putin.id)).map(\.value.value) == ["2022-07"])
        let year2020 = try #require(TimexValue("2020"))
        #expect(try corpus.timeline(TimelineFilter(days: year2020.firstDay...year2020.lastDay)).map(\.value.value) == ["2020-10"])
    }

    @Test func aDateSetInDossierTomlValuesRelativeDatesAgainWithoutRereading() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        let undated = try folder.open().corpus
        #expect(try undated.timeline().first { $0.sentence.documentPath == "c.txt" }?.value.value != "2023-10")
        try folder.write("dossier.toml", "[documents.\"c.txt\"]\ndate = \"2024-03-12\"\n")
        let opened = try folder.open()
        #expect(opened.report.updated == 0)
        let c = try #require(try opened.corpus.documents().first { $0.path == "c.txt" })
        #expect(c.date == "2024-03-12")
        #expect(!c.dateInferred)
        #expect(try opened.corpus.timeline(TimelineFilter(documentID: c.id)).map(\.value.value) == ["2023-10"])
        try folder.remove("dossier.toml")
        let restored = try folder.open().corpus
        #expect(try restored.documents().first { $0.path == "c.txt" }?.date != "2024-03-12")
    }

    @Test func aBadDateInDossierTomlIsNamedWithItsLine() throws {
        let folder = try TemporaryCorpus(files: Self.files)
        try folder.write("dossier.toml", "[documents.\"c.txt\"]\ndate = \"soon\"\n")
        let notices = try folder.open().notices
        #expect(notices.contains { $0.contains("dossier.toml") && $0.contains("dossier.toml:2:") && $0.contains("date") })
    }
}
