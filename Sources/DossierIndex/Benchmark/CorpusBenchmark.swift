import Foundation
import GRDB

/// Measures a corpus: a cold index build into a scratch index, a warm open, search latency while
/// typing realistic queries one character at a time, and entity extraction on one core.
public struct CorpusBenchmark: Sendable {
    public var root: URL
    /// How many queries are typed; each contributes one sample per character.
    public var queryCount = 40
    /// Fixes the choice of queries, so runs compare.
    public var seed: UInt64 = 2_225

    public init(root: URL) {
        self.root = root
    }

    /// Runs every measurement; `progress` hears which step is under way.
    public func run(progress: (String) -> Void = { _ in }) throws -> BenchmarkReport {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let opener = CorpusOpener(root: root, indexURL: scratch.appendingPathComponent("index.sqlite"))
        let bytes = CorpusScanner.scan(root).reduce(0) { $0 + $1.size }
        progress("indexing \(root.lastPathComponent) cold")
        let (opened, indexSeconds) = try Self.time { try opener.open() }
        progress("opening it warm")
        let (_, warmSeconds) = try Self.time { try opener.open() }
        progress("typing queries")
        let corpus = opened.corpus
        var generator = RealisticQueries(corpus: corpus, seed: seed)
        let queries = try generator.make(count: queryCount)
        let engine = try SearchEngine(corpus: corpus)
        // Dossier and plain FTS5 each replay the typing on their own, so that neither finds its
        // pages pushed out of the cache by the other's queries, as a user's typing never would.
        let keystrokes = queries.flatMap { query in
            (1...query.count).map { QueryParser.parse(String(query.prefix($0)), typing: true) }.filter { $0.matchExpression != nil }
        }
        let replay = { try keystrokes.map { typed in try Self.time { try engine.search(typed) }.seconds * 1000 } }
        let dossier = try replay()
        let fts5 = try keystrokes.compactMap(\.matchExpression).map { expression in
            try Self.time { try Self.plainFTS5(expression, in: corpus) }.seconds * 1000
        }
        let again = try replay()
        progress("linking claims afresh")
        let (links, linkSeconds) = try Self.time {
            try corpus.store.database.write { db -> (claims: Int, links: Int) in
                try ClaimIndex.rebuild(db)
                return (try Int.fetchOne(db, sql: "SELECT count(DISTINCT sentenceId) FROM claim") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM claimLink") ?? 0)
            }
        }
        progress("rebuilding the full-text index alone")
        let (_, fullTextSeconds) = try Self.time { try Self.rebuildFullTextIndex(of: corpus) }
        progress("extracting entities on one core")
        let extraction = try ExtractionBenchmark(root: root).run()
        progress("tagging dates on one core")
        let tagging = TemporalTaggingBenchmark().run(corpus: root)
        return BenchmarkReport(corpus: root.path, documents: try corpus.statistics().documents, bytes: bytes, indexSeconds: indexSeconds,
                               warmOpenMilliseconds: warmSeconds * 1000, keystrokes: dossier.count,
                               keystroke: Percentiles(milliseconds: dossier), keystrokeAgain: Percentiles(milliseconds: again),
                               fts5: Percentiles(milliseconds: fts5), extraction: extraction,
                               tagging: tagging, claims: links.claims, claimLinks: links.links, linkSeconds: linkSeconds,
                               fullTextIndexSeconds: fullTextSeconds)
    }

    /// The query an FTS5 user would write: rank everything, keep the best 200.
    static func plainFTS5(_ expression: String, in corpus: Corpus) throws -> Int {
        try corpus.store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, bm25(sentence_fts) FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rank LIMIT 200",
                             arguments: [expression]).count
        }
    }

    /// Has FTS5 build the sentence index again from the stored sentences, as it would for a
    /// plain full-text search tool fed the same text.
    static func rebuildFullTextIndex(of corpus: Corpus) throws {
        try corpus.store.database.write { db in
            try db.execute(sql: "INSERT INTO sentence_fts(sentence_fts) VALUES ('rebuild')")
        }
    }

    static func time<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000)
    }
}
