import Foundation
import GRDB
import Testing
@testable import DossierIndex

@Suite("The index store")
struct IndexStoreTests {
    @Test func firstOpenIndexesEverything() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha one. Alpha two.", "b.txt": "Beta."])
        let opened = try corpus.open()
        #expect(opened.report.added == 2)
        #expect(try opened.corpus.statistics() == CorpusStatistics(documents: 2, paragraphs: 2, sentences: 3, words: 5))
    }

    @Test func unchangedCorpusOpensWithoutReadingFiles() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha.", "b.txt": "Beta."])
        _ = try corpus.open()
        let again = try corpus.open()
        #expect(again.report.read == 0)
        #expect(again.report.unchanged == 2)
    }

    @Test func addedChangedAndRemovedFilesAreTheOnlyOnesRead() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha.", "b.txt": "Beta.", "c.txt": "Gamma."])
        _ = try corpus.open()
        try corpus.write("b.txt", "Beta, rewritten at length.")
        try corpus.touch("b.txt", secondsAgo: 10)
        try corpus.remove("c.txt")
        try corpus.write("d.txt", "Delta.")
        let report = try corpus.open().report
        #expect(report.added == 1)
        #expect(report.updated == 1)
        #expect(report.removed == 1)
        #expect(report.unchanged == 1)
        #expect(report.read == 2)
        let titles = try corpus.open().corpus.documents().map(\.title)
        #expect(titles == ["Alpha.", "Beta, rewritten at length.", "Delta."])
    }

    @Test func touchedFileWithTheSameBytesIsNotReindexed() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha."])
        let first = try corpus.open()
        let id = try #require(first.corpus.documents().first?.id)
        try corpus.touch("a.txt", secondsAgo: 100)
        let report = try corpus.open().report
        #expect(report.read == 1)
        #expect(report.unchanged == 1)
        #expect(try corpus.open().corpus.documents().first?.id == id)
    }

    @Test func unreadableFilesAreSkippedWithAReasonAndRemembered() throws {
        let corpus = try TemporaryCorpus(files: ["good.txt": "Fine text.", "empty.txt": ""])
        try corpus.write("image.txt", data: Data([0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 64)))
        let opened = try corpus.open()
        #expect(opened.report.skipped.map(\.path).sorted() == ["empty.txt", "image.txt"])
        #expect(opened.notices.contains { $0.contains("Left out 2 files") })
        let again = try corpus.open()
        #expect(again.report.read == 0)
        #expect(again.report.skipped.count == 2)
    }

    @Test func garbageIndexFileIsRebuiltWithANotice() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha."])
        let location = IndexLocation.defaultURL(for: corpus.root, environment: ["XDG_CACHE_HOME": corpus.cache.path])
        try FileManager.default.createDirectory(at: location.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 8192).write(to: location)
        let opened = try CorpusOpener(root: corpus.root, environment: ["XDG_CACHE_HOME": corpus.cache.path]).open()
        #expect(opened.notices.contains { $0.contains("damaged") })
        #expect(try opened.corpus.documents().count == 1)
    }

    @Test func damagedDatabasePagesAreRebuilt() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": String(repeating: "Alpha beta gamma. ", count: 2000)])
        _ = try corpus.open()
        try checkpointAndClose(corpus.indexURL)
        let handle = try FileHandle(forWritingTo: corpus.indexURL)
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xFF, count: 16384))
        try handle.close()
        let opened = try corpus.open()
        #expect(opened.notices.contains { $0.contains("damaged") })
        #expect(try opened.corpus.documents().count == 1)
    }

    @Test func indexFromAnotherSchemaIsRebuilt() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha."])
        _ = try corpus.open()
        // The index's own connections may still be closing, checkpointing as they go.
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: corpus.indexURL.path, configuration: configuration)
        try queue.write { try $0.execute(sql: "PRAGMA user_version = 0; PRAGMA user_version = 99") }
        try queue.close()
        let opened = try corpus.open()
        #expect(opened.notices.contains { $0.contains("another version") })
        #expect(try opened.corpus.documents().count == 1)
    }

    @Test func anotherProgramsFileIsNeverReplaced() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha."])
        let precious = corpus.cache.appendingPathComponent("notes.txt")
        try Data("my notes".utf8).write(to: precious)
        #expect(throws: IndexStoreError.notAnIndex(precious.path)) {
            try CorpusOpener(root: corpus.root, indexURL: precious).open()
        }
        #expect(try String(contentsOf: precious, encoding: .utf8) == "my notes")
        #expect(!FileManager.default.fileExists(atPath: precious.path + ".lock"), "nothing is left beside it")
    }

    @Test func anotherProgramsDatabaseIsRefusedWithoutBeingTouched() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha."])
        let database = corpus.cache.appendingPathComponent("app.db")
        var configuration = Configuration()
        configuration.journalMode = .default
        let queue = try DatabaseQueue(path: database.path, configuration: configuration)
        try queue.write { try $0.execute(sql: "CREATE TABLE orders(id INTEGER PRIMARY KEY, total REAL); INSERT INTO orders VALUES (1, 9.5)") }
        try queue.close()
        let before = try Data(contentsOf: database)
        let folder = try FileManager.default.contentsOfDirectory(atPath: corpus.cache.path).sorted()
        #expect(throws: IndexStoreError.foreignDatabase(database.path)) {
            try CorpusOpener(root: corpus.root, indexURL: database).open()
        }
        #expect(try Data(contentsOf: database) == before, "not switched to WAL, not written at all")
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.cache.path).sorted() == folder, "no lock, WAL or shared-memory file beside it")
        #expect(IndexStoreError.foreignDatabase(database.path).description.hasSuffix("is another program's SQLite database; Dossier leaves it as it is: choose another --index path"))
    }

    @Test func missingFolderAndEmptyFolderAreClearErrors() throws {
        let corpus = try TemporaryCorpus()
        let missing = corpus.root.appendingPathComponent("nope")
        #expect(throws: CorpusError.missingFolder(missing.path)) { try CorpusOpener(root: missing, indexURL: corpus.indexURL).open() }
        #expect(throws: CorpusError.noDocuments(corpus.root.path, skipped: nil)) { try corpus.open() }
    }

    @Test func twoWritersOnOneIndexDoNotCorruptIt() async throws {
        let corpus = try TemporaryCorpus()
        for index in 0..<40 { try corpus.write("doc\(index).txt", "Document number \(index). It has two sentences.") }
        let root = corpus.root, indexURL = corpus.indexURL
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<2 {
                group.addTask { try CorpusOpener(root: root, indexURL: indexURL).open().corpus.statistics().documents }
            }
            for try await count in group { #expect(count == 40) }
        }
        #expect(try corpus.open().corpus.statistics().sentences == 80)
    }

    @Test func aBulkLoadIsMergedIntoOneFullTextSegmentWhileASmallUpdateIsNot() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha one."])
        _ = try corpus.open()
        for name in ["b", "c", "d"] { try corpus.write("\(name).txt", "Beta \(name).") }
        #expect(try fullTextSegmentCount(try corpus.open().corpus) == 1)
        try corpus.write("e.txt", "Epsilon.")
        let updated = try corpus.open().corpus
        #expect(try fullTextSegmentCount(updated) == 2)
        let engine = try SearchEngine(corpus: updated)
        #expect(try engine.search(QueryParser.parse("alpha OR beta OR epsilon")).totalHits == 5)
    }

    /// How many segments FTS5's structure record lists: the varint after its four-byte cookie
    /// and its level count.
    private func fullTextSegmentCount(_ corpus: Corpus) throws -> Int {
        let record = try #require(try corpus.store.database.read { db in
            try Data.fetchOne(db, sql: "SELECT block FROM sentence_fts_data WHERE id = 10")
        })
        var position = record.startIndex + 4
        func varint() -> Int {
            var value = 0
            while position < record.endIndex {
                let byte = record[position]
                position += 1
                value = value << 7 | Int(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            return value
        }
        _ = varint()
        return varint()
    }

    private func checkpointAndClose(_ url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
    }
}
