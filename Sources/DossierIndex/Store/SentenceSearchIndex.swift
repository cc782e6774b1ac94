import Foundation
import GRDB

/// Keeps the full-text index of sentences in step with the `sentence` table, a batch at a time.
enum SentenceSearchIndex {
    /// Removes from the full-text index the sentences of the documents at these paths; call it
    /// before deleting their rows, whose text FTS5 needs to find the entries.
    static func forgetDocuments(atPaths paths: [String], in db: Database) throws {
        guard !paths.isEmpty else { return }
        try db.execute(sql: """
            INSERT INTO sentence_fts(sentence_fts, rowid, text)
            SELECT 'delete', s.id, s.text FROM sentence s JOIN document d ON d.id = s.documentId
            WHERE d.path IN (SELECT value FROM json_each(?))
            """, arguments: [jsonArray(paths)])
    }

    /// Adds every sentence with an id above `lastIndexedID` in one statement.
    static func addSentences(after lastIndexedID: Int64, in db: Database) throws {
        try db.execute(sql: "INSERT INTO sentence_fts(rowid, text) SELECT id, text FROM sentence WHERE id > ?", arguments: [lastIndexedID])
    }

    /// The highest sentence id in use, which new sentences will exceed.
    static func lastSentenceID(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM sentence") ?? 0
    }

    private static func jsonArray(_ strings: [String]) -> String {
        let quoted = strings.map { string -> String in
            var escaped = ""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                default:
                    escaped += scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
                }
            }
            return "\"\(escaped)\""
        }
        return "[" + quoted.joined(separator: ",") + "]"
    }
}
