/// What `dossier bench` measured on one corpus.
public struct BenchmarkReport: Sendable, Encodable {
    public var corpus: String
    public var documents: Int
    public var bytes: Int
    public var indexSeconds: Double
    public var warmOpenMilliseconds: Double
    public var keystrokes: Int
    /// Per-keystroke time of Dossier's search (parse, match, rank, highlight).
    public var keystroke: Percentiles
    /// The same typing through Dossier once more, after both passes: the pages it reads are now
    /// cached, which tells the cache's share of the first pass's tail.
    public var keystrokeAgain: Percentiles
    /// Per-keystroke time of a plain FTS5 ranked query for the same match expression.
    public var fts5: Percentiles
    public var extraction: ExtractionBenchmark.Report
    /// The temporal tagger alone on one core.
    public var tagging: TemporalTaggingBenchmark.Report
    /// Claims found and cross-references made when every claim is linked afresh, and how long that took.
    public var claims: Int
    public var claimLinks: Int
    public var linkSeconds: Double
    /// How long SQLite FTS5 alone takes to build the sentence index from the stored sentences,
    /// with the same tokenizer and prefix indexes: the floor under `indexSeconds` that no
    /// extraction speed-up can lower.
    public var fullTextIndexSeconds: Double

    public var indexMegabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(indexSeconds, 0.000_001) }
    public var indexDocumentsPerSecond: Double { Double(documents) / max(indexSeconds, 0.000_001) }
    public var fullTextIndexMegabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(fullTextIndexSeconds, 0.000_001) }

    enum CodingKeys: String, CodingKey {
        case corpus, documents, bytes, keystrokes
        case indexSeconds = "index_seconds"
        case indexMegabytesPerSecond = "index_mb_per_s"
        case indexDocumentsPerSecond = "index_documents_per_s"
        case warmOpenMilliseconds = "warm_open_ms"
        case keystrokeP50 = "keystroke_ms_p50", keystrokeP95 = "keystroke_ms_p95", keystrokeP99 = "keystroke_ms_p99"
        case keystrokeAgainP99 = "keystroke_again_ms_p99"
        case fts5P50 = "fts5_ms_p50", fts5P95 = "fts5_ms_p95", fts5P99 = "fts5_ms_p99"
        case extractionSampleBytes = "extraction_sample_bytes", extractionMentions = "extraction_mentions"
        case extractionMegabytesPerSecond = "extraction_mb_per_s"
        case allCapitals = "extraction_all_caps_mb_per_s", noCapitals = "extraction_no_capitals_mb_per_s"
        case singleLine = "extraction_single_line_mb_per_s"
        case taggingMegabytesPerSecond = "timex_mb_per_s", taggingExpressions = "timex_expressions"
        case claims, claimLinks = "claim_links", linkSeconds = "link_seconds"
        case fullTextIndexMegabytesPerSecond = "fts5_index_mb_per_s"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(corpus, forKey: .corpus)
        try container.encode(documents, forKey: .documents)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(keystrokes, forKey: .keystrokes)
        try container.encode(Self.rounded(indexSeconds), forKey: .indexSeconds)
        try container.encode(Self.rounded(indexMegabytesPerSecond), forKey: .indexMegabytesPerSecond)
        try container.encode(Self.rounded(indexDocumentsPerSecond), forKey: .indexDocumentsPerSecond)
        try container.encode(Self.rounded(warmOpenMilliseconds), forKey: .warmOpenMilliseconds)
        try container.encode(Self.rounded(keystroke.p50), forKey: .keystrokeP50)
        try container.encode(Self.rounded(keystroke.p95), forKey: .keystrokeP95)
        try container.encode(Self.rounded(keystroke.p99), forKey: .keystrokeP99)
        try container.encode(Self.rounded(keystrokeAgain.p99), forKey: .keystrokeAgainP99)
        try container.encode(Self.rounded(fts5.p50), forKey: .fts5P50)
        try container.encode(Self.rounded(fts5.p95), forKey: .fts5P95)
        try container.encode(Self.rounded(fts5.p99), forKey: .fts5P99)
        try container.encode(extraction.sampleBytes, forKey: .extractionSampleBytes)
        try container.encode(extraction.mentions, forKey: .extractionMentions)
        try container.encode(Self.rounded(extraction.megabytesPerSecond), forKey: .extractionMegabytesPerSecond)
        try container.encode(Self.rounded(extraction.allCapitalsMegabytesPerSecond), forKey: .allCapitals)
        try container.encode(Self.rounded(extraction.noCapitalsMegabytesPerSecond), forKey: .noCapitals)
        try container.encode(Self.rounded(extraction.singleLineMegabytesPerSecond), forKey: .singleLine)
        try container.encode(Self.rounded(tagging.megabytesPerSecond), forKey: .taggingMegabytesPerSecond)
        try container.encode(tagging.expressions, forKey: .taggingExpressions)
        try container.encode(claims, forKey: .claims)
        try container.encode(claimLinks, forKey: .claimLinks)
        try container.encode(Self.rounded(linkSeconds), forKey: .linkSeconds)
        try container.encode(Self.rounded(fullTextIndexMegabytesPerSecond), forKey: .fullTextIndexMegabytesPerSecond)
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// The 50th, 95th and 99th percentiles of a set of timings, in milliseconds.
public struct Percentiles: Sendable, Equatable {
    public var p50: Double
    public var p95: Double
    public var p99: Double

    /// Nearest-rank percentiles; all zero for no samples.
    public init(milliseconds samples: [Double]) {
        let sorted = samples.sorted()
        func rank(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))]
        }
        p50 = rank(0.50)
        p95 = rank(0.95)
        p99 = rank(0.99)
    }
}
