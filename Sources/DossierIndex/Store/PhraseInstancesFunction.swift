import GRDB
import GRDBSQLite

/// An FTS5 auxiliary function, `phrase_instances(sentence_fts)`, that returns where each phrase of
/// the query occurs in the matching row, as `PhraseInstance.decode` reads it.
///
/// From these `SearchEngine` takes BM25's term frequencies and sees which words stand together.
/// FTS5's own `bm25()` also looks up every row's length in its size table, one random read per
/// row when the cache is cold, and asking FTS5 for phrase and `NEAR` matches reads the position
/// lists of every word once more; this function only reads the positions of the row at hand,
/// which FTS5 has already loaded.
enum PhraseInstancesFunction {
    static let name = "phrase_instances"

    /// Makes the function available on one connection; every connection needs it registered.
    static func register(in db: Database) throws {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 cannot take functions") }
        let status = create(UnsafeMutablePointer(mutating: api), name, nil, listInstances, nil)
        guard status == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: status), message: "cannot register \(name)") }
    }

    private static let listInstances: fts5_extension_function = { api, context, result, _, _ in
        guard let api = api?.pointee, let instanceCount = api.xInstCount, let instance = api.xInst else { return }
        var instances: Int32 = 0
        var status = instanceCount(context, &instances)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(Int(instances) * PhraseInstance.encodedSize)
        var index: Int32 = 0
        while status == SQLITE_OK && index < instances {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            status = instance(context, index, &phrase, &column, &offset)
            PhraseInstance(phrase: Int(phrase), offset: Int(offset)).encode(into: &encoded)
            index += 1
        }
        guard status == SQLITE_OK else { return sqlite3_result_error_code(result, status) }
        encoded.withUnsafeBytes { sqlite3_result_blob(result, $0.baseAddress, Int32($0.count), transient) }
    }

    /// Tells SQLite to copy the blob before the array holding it goes away.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
