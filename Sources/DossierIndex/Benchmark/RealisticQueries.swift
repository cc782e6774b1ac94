import GRDB

/// Queries drawn from a corpus's own sentences: one or two distinctive words, or a two-word
/// phrase in quotes, as someone looking for a passage would type them.
struct RealisticQueries {
    let corpus: Corpus
    var generator: SeededGenerator

    /// Short words that nobody searches for on their own.
    static let commonWords: Set<String> = [
        "the", "and", "that", "with", "from", "this", "have", "were", "which", "their", "there", "would", "been", "about", "they",
        "said", "will", "also", "after", "more", "than", "into", "over", "other", "some", "such", "when", "what", "where", "while",
    ]

    init(corpus: Corpus, seed: UInt64) {
        self.corpus = corpus
        generator = SeededGenerator(seed: seed)
    }

    mutating func make(count: Int) throws -> [String] {
        let sentences = try corpus.store.database.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM sentence WHERE length(text) > 40 ORDER BY id")
        }
        guard !sentences.isEmpty else { return [] }
        var queries: [String] = []
        var attempts = 0
        while queries.count < count, attempts < count * 50 {
            attempts += 1
            let sentence = sentences[Int(generator.next() % UInt64(sentences.count))]
            let words = sentence.split(whereSeparator: { !$0.isLetter }).map(String.init)
                .filter { $0.count >= 4 && !Self.commonWords.contains($0.lowercased()) }
            guard words.count >= 2 else { continue }
            let start = Int(generator.next() % UInt64(words.count - 1))
            switch queries.count % 3 {
            case 0: queries.append(words[start])
            case 1: queries.append("\(words[start]) \(words[start + 1])")
            default: queries.append("\"\(words[start]) \(words[start + 1])\"")
            }
        }
        return queries
    }
}

/// A small deterministic random generator (SplitMix64), so benchmark queries repeat run to run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
