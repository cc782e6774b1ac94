import GRDB
import GRDBSQLite

/// Inserts a document's entity mentions through SQLite's binding calls directly, as
/// ``SentenceInserter`` does for sentences, which they outnumber.
struct MentionInserter {
    private let statement: Statement

    init(_ db: Database) throws {
        statement = try db.cachedStatement(sql: """
            INSERT INTO mention (documentId, sentenceId, start, "end", originalStart, originalEnd, text, type, confidence, key, fullName, fromAlias)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func insert(_ mentions: [ExtractedMention], of document: LoadedDocument, documentID: Int64, firstSentenceID: Int64,
                fromAlias: Bool = false, in db: Database) throws {
        let handle = statement.sqliteStatement
        for mention in mentions {
            let original = document.offsetMap.originalRange(of: mention.range)
            sqlite3_reset(handle)
            sqlite3_bind_int64(handle, 1, documentID)
            sqlite3_bind_int64(handle, 2, firstSentenceID + Int64(mention.sentence))
            sqlite3_bind_int64(handle, 3, Int64(mention.range.lowerBound))
            sqlite3_bind_int64(handle, 4, Int64(mention.range.upperBound))
            sqlite3_bind_int64(handle, 5, Int64(original.lowerBound))
            sqlite3_bind_int64(handle, 6, Int64(original.upperBound))
            bind(mention.text, at: 7, handle)
            if let type = mention.type { bind(type.rawValue, at: 8, handle) } else { sqlite3_bind_null(handle, 8) }
            sqlite3_bind_double(handle, 9, mention.confidence)
            bind(mention.key, at: 10, handle)
            bind(mention.fullName, at: 11, handle)
            sqlite3_bind_int(handle, 12, fromAlias ? 1 : 0)
            let result = sqlite3_step(handle)
            guard result == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: result), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
        sqlite3_reset(handle)
    }

    private func bind(_ text: String, at position: Int32, _ handle: OpaquePointer) {
        var text = text
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(handle, position, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                  Int32(bytes.count), Self.transient)
        }
    }
}
