import GRDB

/// Tells which document a sentence belongs to, and where in it, from the sentence's id alone:
/// a document's sentences have consecutive ids, so a sorted table of first ids answers by bisection.
struct SentenceLocator: Sendable {
    private let firstIDs: [Int64]
    private let documentIDs: [Int64]
    private let counts: [Int]

    init(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT firstSentenceId, id, sentenceCount FROM document WHERE sentenceCount > 0 ORDER BY firstSentenceId")
        firstIDs = rows.map { $0[0] }
        documentIDs = rows.map { $0[1] }
        counts = rows.map { $0[2] }
    }

    func locate(_ sentenceID: Int64) -> (documentID: Int64, ordinal: Int)? {
        var low = 0, high = firstIDs.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if firstIDs[middle] <= sentenceID { low = middle + 1 } else { high = middle - 1 }
        }
        guard high >= 0 else { return nil }
        let ordinal = Int(sentenceID - firstIDs[high])
        return ordinal < counts[high] ? (documentIDs[high], ordinal) : nil
    }
}
