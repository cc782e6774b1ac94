import Foundation

/// Measures entity extraction alone, on one core: a sample of the corpus's documents as they are,
/// then the same text reshaped as careless sources shape it (all capitals, no capitals, one
/// megabyte on a single line), where a recogniser that leans on capitals could slow down.
public struct ExtractionBenchmark: Sendable {
    public var root: URL
    /// How much of the corpus is measured, read in path order.
    public var sampleBytes = 20_000_000
    /// How long the reshaped texts are.
    public var reshapedBytes = 1_000_000

    public init(root: URL) {
        self.root = root
    }

    /// Extraction speed in megabytes of source text per second.
    public struct Report: Sendable, Equatable {
        public var sampleBytes: Int
        /// Mentions found in the sample, a check that the work measured was done.
        public var mentions: Int
        public var megabytesPerSecond: Double
        public var allCapitalsMegabytesPerSecond: Double
        public var noCapitalsMegabytesPerSecond: Double
        public var singleLineMegabytesPerSecond: Double
    }

    public func run() throws -> Report {
        let loader = DocumentLoader()
        var texts: [String] = []
        var bytes = 0
        for file in CorpusScanner.scan(root) where bytes < sampleBytes {
            guard let data = try? Data(contentsOf: file.url), let text = String(data: data, encoding: .utf8) else { continue }
            texts.append(text)
            bytes += data.count
        }
        let documents = texts.compactMap { try? loader.load(data: Data($0.utf8), format: .plain).get() }
        let joined = String(texts.joined(separator: "\n\n").prefix(reshapedBytes))
        let sample = speed(documents, bytes: bytes)
        return Report(sampleBytes: bytes, mentions: sample.mentions, megabytesPerSecond: sample.megabytesPerSecond,
                      allCapitalsMegabytesPerSecond: speed(of: joined.uppercased(), loader: loader),
                      noCapitalsMegabytesPerSecond: speed(of: joined.lowercased(), loader: loader),
                      singleLineMegabytesPerSecond: speed(of: joined.replacingOccurrences(of: "\n", with: " "), loader: loader))
    }

    private func speed(of text: String, loader: DocumentLoader) -> Double {
        guard let document = try? loader.load(data: Data(text.utf8), format: .plain).get() else { return 0 }
        return speed([document], bytes: text.utf8.count).megabytesPerSecond
    }

    /// Megabytes per second for recognising every document in turn on this thread.
    private func speed(_ documents: [LoadedDocument], bytes: Int) -> (megabytesPerSecond: Double, mentions: Int) {
        let recognizer = EntityRecognizer()
        let (mentions, seconds) = CorpusBenchmark.time { documents.reduce(0) { $0 + recognizer.mentions(in: $1).count } }
        return (Double(bytes) / 1_000_000 / max(seconds, 0.000_001), mentions)
    }
}
