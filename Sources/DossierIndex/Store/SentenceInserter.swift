import GRDB
import GRDBSQLite

/// Inserts a document's sentences through SQLite's binding calls directly: the rows are many and
/// simple, and building GRDB's argument arrays for each one took most of the time of a write.
struct SentenceInserter {
    private let statement: Statement

    init(_ db: Database) throws {
        statement = try db.cachedStatement(sql: """
            INSERT INTO sentence (documentId, ordinal, paragraph, start, "end", originalStart, originalEnd, text, inHeading)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// SQLite copies bound text when given this destructor.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Inserts the sentences and returns the id of the first, or nil when there are none.
    @discardableResult
    func insert(_ document: LoadedDocument, documentID: Int64, in db: Database) throws -> Int64? {
        let handle = statement.sqliteStatement
        var firstID: Int64?
        for (ordinal, sentence) in document.sentences.enumerated() {
            sqlite3_reset(handle)
            sqlite3_bind_int64(handle, 1, documentID)
            sqlite3_bind_int64(handle, 2, Int64(ordinal))
            sqlite3_bind_int64(handle, 3, Int64(sentence.paragraph))
            sqlite3_bind_int64(handle, 4, Int64(sentence.range.lowerBound))
            sqlite3_bind_int64(handle, 5, Int64(sentence.range.upperBound))
            sqlite3_bind_int64(handle, 6, Int64(sentence.originalRange.lowerBound))
            sqlite3_bind_int64(handle, 7, Int64(sentence.originalRange.upperBound))
            var text = sentence.text
            let bound = text.withUTF8 { bytes in
                sqlite3_bind_text(handle, 8, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                  Int32(bytes.count), Self.transient)
            }
            sqlite3_bind_int(handle, 9, document.paragraphs[sentence.paragraph].isHeading ? 1 : 0)
            let stepped = sqlite3_step(handle)
            guard bound == SQLITE_OK, stepped == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: stepped == SQLITE_DONE ? bound : stepped),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            if firstID == nil { firstID = db.lastInsertedRowID }
        }
        sqlite3_reset(handle)
        return firstID
    }
}
