import Foundation
import GRDB

/// Keeps the full-text index of sentences in step with the `sentence` table.
///
/// FTS5 writes a new segment at the end of every statement, which makes row-by-row updates slow;
/// so new sentences join the index in one statement when a sync ends, up to a watermark kept in
/// the database. A sync cut short leaves sentences above the watermark, which the next one adds.
enum SentenceSearchIndex {
    /// Removes from the full-text index the indexed sentences of the documents at these paths;
    /// call it before deleting their rows, whose text FTS5 needs to find the entries.
    static func forgetDocuments(atPaths paths: [String], in db: Database) throws {
        guard !paths.isEmpty else { return }
        try db.execute(sql: """
            INSERT INTO sentence_fts(sentence_fts, rowid, text)
            SELECT 'delete', s.id, s.text FROM sentence s JOIN document d ON d.id = s.documentId
            WHERE d.path IN (SELECT value FROM json_each(?)) AND s.id <= (SELECT lastSentenceId FROM searchWatermark)
            """, arguments: [JSONArray.of(paths)])
    }

    /// Adds every sentence above the watermark in one statement and raises the watermark.
    static func catchUp(in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO sentence_fts(rowid, text)
            SELECT id, text FROM sentence WHERE id > (SELECT lastSentenceId FROM searchWatermark);
            UPDATE searchWatermark SET lastSentenceId = (SELECT coalesce(max(id), 0) FROM sentence);
            """)
    }

    /// Whether sentences are waiting to join the index.
    static func isBehind(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT coalesce((SELECT max(id) FROM sentence), 0) > (SELECT lastSentenceId FROM searchWatermark)
            """) ?? false
    }
}
