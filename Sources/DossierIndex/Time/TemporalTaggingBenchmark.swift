import Foundation

/// Measures the temporal tagger alone, on one core, over documents already loaded: the cost it
/// adds to indexing.
public struct TemporalTaggingBenchmark: Sendable {
    /// The date the documents are valued against, so that relative expressions are resolved too.
    public var documentDate: String
    /// How many times the documents are tagged, to measure a long enough stretch.
    public var rounds: Int

    public init(documentDate: String = "2024-01-24", rounds: Int = 3) {
        self.documentDate = documentDate
        self.rounds = rounds
    }

    /// Tagging speed in megabytes of sentence text (UTF-8) per second.
    public struct Report: Sendable, Equatable {
        public var bytes: Int
        /// Expressions found in one round, a check that the work measured was done.
        public var expressions: Int
        public var megabytesPerSecond: Double
    }

    public func run(on documents: [LoadedDocument]) -> Report {
        let tagger = TemporalTagger()
        let bytes = documents.reduce(0) { total, document in total + document.sentences.reduce(0) { $0 + $1.text.utf8.count } }
        let (expressions, seconds) = CorpusBenchmark.time {
            (0..<rounds).map { _ in documents.reduce(0) { $0 + tagger.expressions(in: $1, documentDate: documentDate).count } }.last ?? 0
        }
        return Report(bytes: bytes, expressions: expressions, megabytesPerSecond: Double(bytes * rounds) / 1_000_000 / max(seconds, 0.000_001))
    }

    /// Loads up to `sampleBytes` of a corpus's files, in path order, and measures tagging them.
    public func run(corpus root: URL, sampleBytes: Int = 20_000_000) -> Report {
        let loader = DocumentLoader()
        var documents: [LoadedDocument] = []
        var bytes = 0
        for file in CorpusScanner.scan(root) where bytes < sampleBytes {
            guard let document = try? loader.load(contentsOf: file.url).get() else { continue }
            documents.append(document)
            bytes += file.size
        }
        return run(on: documents)
    }
}
