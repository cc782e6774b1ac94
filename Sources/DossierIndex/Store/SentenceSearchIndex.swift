import Foundation
import GRDB

/// Keeps the full-text index of sentences in step with the `sentence` table.
///
/// FTS5 writes a new segment at the end of every statement, which makes row-by-row updates slow;
/// so each batch of the text phase adds its sentences in one statement, in the transaction that
/// stores them: a document in the index is always searchable.
enum SentenceSearchIndex {
    /// Removes from the full-text index the sentences of the documents at these paths; call it
    /// before deleting their rows, whose text FTS5 needs to find the entries.
    static func forgetDocuments(atPaths paths: [String], in db: Database) throws {
        guard !paths.isEmpty else { return }
        try db.execute(sql: """
            INSERT INTO sentence_fts(sentence_fts, rowid, text)
            SELECT 'delete', s.id, s.text FROM sentence s JOIN document d ON d.id = s.documentId
            WHERE d.path IN (SELECT value FROM json_each(?))
            """, arguments: [JSONArray.of(paths)])
    }

    /// Adds the sentences of these documents, just stored with ids from `firstID` on, in one
    /// statement; records how many words FTS5 counted in each, and returns how many it added.
    static func add(documents: [Int64], sentencesFrom firstID: Int64, in db: Database) throws -> Int {
        try db.execute(sql: "INSERT INTO sentence_fts(rowid, text) SELECT id, text FROM sentence WHERE id >= ?", arguments: [firstID])
        return try recordWordCounts(of: documents, in: db)
    }

    /// Merges FTS5's segments into one when `added` sentences make up at least half of the index.
    ///
    /// A large load leaves FTS5's index in a dozen segments, and a search looks every word up in
    /// each of them, which on a cold cache means reading from a dozen places on disk. Merging them
    /// into one costs about 2% of such a build; after a small update FTS5's own gradual merging
    /// is cheaper than rewriting the whole index.
    static func mergeAfterBulkLoad(added: Int, in db: Database) throws {
        // The documents' counts, because counting the sentence table itself reads all of it.
        let all = try Int.fetchOne(db, sql: "SELECT coalesce(sum(sentenceCount), 0) FROM document") ?? 0
        if added > 0 && added * 2 >= all {
            try db.execute(sql: "INSERT INTO sentence_fts(sentence_fts) VALUES ('optimize')")
        }
    }

    /// Copies FTS5's word count of each sentence of these documents onto the document's row, and
    /// returns how many sentences it copied.
    ///
    /// Ranking needs the count of every sentence it scores; looked up in FTS5's size table on a
    /// cold cache, that cost one random read per hit, while these rows are read once per search
    /// engine and kept in memory. They are read here, just after FTS5 wrote them, from the cache.
    private static func recordWordCounts(of ids: [Int64], in db: Database) throws -> Int {
        let documents = try Row.fetchAll(db, sql: """
            SELECT id, firstSentenceId, sentenceCount FROM document WHERE id IN (SELECT value FROM json_each(?)) AND sentenceCount > 0
            """, arguments: [JSONArray.of(ids)])
        let sizes = try db.cachedStatement(sql: "SELECT sz FROM sentence_fts_docsize WHERE id BETWEEN ? AND ? ORDER BY id")
        let update = try db.cachedStatement(sql: "UPDATE document SET sentenceWordCounts = ? WHERE id = ?")
        var copied = 0
        for document in documents {
            let first: Int64 = document["firstSentenceId"], count: Int64 = document["sentenceCount"]
            let records = try Data.fetchAll(sizes, arguments: [first, first + count - 1])
            try update.execute(arguments: [SentenceWordCounts.encode(records.map(SentenceWordCounts.count(inSizeRecord:))), document["id"]])
            copied += records.count
        }
        return copied
    }
}
