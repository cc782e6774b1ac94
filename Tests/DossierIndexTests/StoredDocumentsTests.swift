import Foundation
import GRDB
import Testing
@testable import DossierIndex

/// The phases after the first read documents back from the index; what they find there must be
/// what they would have found in the freshly loaded file.
@Suite("Documents read back from the index")
struct StoredDocumentsTests {
    static let texts: [String: String] = [
        "front.md": "---\ntitle: A declared title\ndate: 2024-01-24\n---\n# Heading\n\nFirst paragraph, Mr. Smith said.  It has two sentences.\n\n* a list item\n* another",
        "wrapped.txt": "A hard wrapped line that goes\non and on across the line end. Then a short one.\n\n\n   Indented after blank lines in Paris.",
        "page.html": "<html><head><title>Page</title></head><body><h1>Top</h1><p>Moscow &amp; Tehran met on 3 May 2023.</p><p>Done.</p></body></html>",
    ]

    @Test func readBackTheyAreWhatTheLoaderMade() throws {
        let corpus = try TemporaryCorpus(files: Self.texts.merging(try Self.seedFiles()) { first, _ in first })
        let store = try corpus.open().corpus.store
        let stored = try store.database.read { db in
            try StoredDocuments.load(try Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id"), db)
        }
        #expect(stored.count == Self.texts.count + 5)
        for document in stored {
            let loaded = try DocumentLoader().load(contentsOf: corpus.root.appendingPathComponent(document.path)).get()
            let readBack = document.document
            #expect(readBack.sentences == loaded.sentences, "\(document.path)")
            #expect(readBack.sentences.map { readBack.paragraphs[$0.paragraph].isHeading } == loaded.sentences.map { loaded.paragraphs[$0.paragraph].isHeading })
            #expect(readBack.paragraphs.map(\.start) == loaded.paragraphs.map(\.start), "\(document.path)")
            #expect(readBack.metadata.date == loaded.metadata.date)
            #expect(EntityRecognizer().mentions(in: readBack) == EntityRecognizer().mentions(in: loaded), "\(document.path)")
            let date = loaded.metadata.date ?? DocumentDateInference.date(of: loaded)
            #expect(DocumentDateInference.date(of: readBack) == DocumentDateInference.date(of: loaded))
            #expect(TemporalTagger().expressions(in: readBack, documentDate: date).map(\.expression)
                == TemporalTagger().expressions(in: loaded, documentDate: date).map(\.expression))
        }
    }

    private static func seedFiles() throws -> [String: String] {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8)) })
    }
}
