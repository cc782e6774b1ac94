import GRDB

/// Tells which document a sentence belongs to, where in it, and how many words FTS5 counted in
/// it, from the sentence's id alone: a document's sentences have consecutive ids, so a sorted
/// table of first ids answers by bisection.
struct SentenceLocator: Sendable {
    /// Where a sentence is, and its length as BM25 needs it.
    struct Location {
        var documentID: Int64
        var ordinal: Int
        var wordCount: Int
    }

    private let firstIDs: [Int64]
    private let documentIDs: [Int64]
    private let counts: [Int]
    /// Where each document's sentences begin in `wordCounts`.
    private let wordCountStarts: [Int]
    private let wordCounts: [UInt16]
    /// How many words a sentence has on average, which stands in for a count the index lacks.
    let averageWordCount: Double

    init(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT firstSentenceId, id, sentenceCount, sentenceWordCounts FROM document WHERE sentenceCount > 0 ORDER BY firstSentenceId
            """)
        firstIDs = rows.map { $0[0] }
        documentIDs = rows.map { $0[1] }
        counts = rows.map { $0[2] }
        var starts: [Int] = [], words: [UInt16] = []
        for row in rows {
            starts.append(words.count)
            words.append(contentsOf: SentenceWordCounts.decode(row[3]))
        }
        wordCountStarts = starts
        wordCounts = words
        averageWordCount = words.isEmpty ? 1 : Double(words.reduce(0) { $0 + Int($1) }) / Double(words.count)
    }

    /// How many sentences are located, as BM25's count of rows.
    var sentenceCount: Int { wordCounts.count }

    func locate(_ sentenceID: Int64) -> Location? {
        var low = 0, high = firstIDs.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if firstIDs[middle] <= sentenceID { low = middle + 1 } else { high = middle - 1 }
        }
        guard high >= 0 else { return nil }
        let ordinal = Int(sentenceID - firstIDs[high])
        guard ordinal < counts[high] else { return nil }
        let wordIndex = wordCountStarts[high] + ordinal
        let nextStart = high + 1 < wordCountStarts.count ? wordCountStarts[high + 1] : wordCounts.count
        let words = wordIndex < nextStart ? Int(wordCounts[wordIndex]) : Int(averageWordCount.rounded())
        return Location(documentID: documentIDs[high], ordinal: ordinal, wordCount: words)
    }
}
