import GRDB
import GRDBSQLite

/// An FTS5 auxiliary function, `phrase_hits(sentence_fts)`, that returns how often each phrase
/// of the query occurs in the matching row: a blob of one byte per phrase, in query order,
/// capped at 255.
///
/// These are the term frequencies of BM25. FTS5's own `bm25()` also looks up every row's length
/// in its size table, one random read per row when the cache is cold; `SearchEngine` takes the
/// lengths from memory instead, and only needs the frequencies from FTS5.
enum PhraseHitsFunction {
    static let name = "phrase_hits"

    /// Makes the function available on one connection; every connection needs it registered.
    static func register(in db: Database) throws {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 cannot take functions") }
        let status = create(UnsafeMutablePointer(mutating: api), name, nil, countHits, nil)
        guard status == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: status), message: "cannot register \(name)") }
    }

    private static let countHits: fts5_extension_function = { api, context, result, _, _ in
        guard let api = api?.pointee, let phraseCount = api.xPhraseCount?(context), let instanceCount = api.xInstCount,
              let instance = api.xInst else { return }
        var hits = [UInt8](repeating: 0, count: Int(phraseCount))
        var instances: Int32 = 0
        var status = instanceCount(context, &instances)
        var index: Int32 = 0
        while status == SQLITE_OK && index < instances {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            status = instance(context, index, &phrase, &column, &offset)
            if status == SQLITE_OK && hits[Int(phrase)] < .max { hits[Int(phrase)] += 1 }
            index += 1
        }
        guard status == SQLITE_OK else { return sqlite3_result_error_code(result, status) }
        hits.withUnsafeBytes { sqlite3_result_blob(result, $0.baseAddress, Int32($0.count), transient) }
    }

    /// Tells SQLite to copy the blob before the array holding it goes away.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
