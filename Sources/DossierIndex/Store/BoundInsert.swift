import GRDB
import GRDBSQLite

/// Runs one prepared insert for many rows through SQLite's binding calls directly: the rows an
/// index writes are many and small, and building GRDB's argument arrays for each one took
/// longer than writing it.
struct BoundInsert {
    private let statement: Statement
    private let db: Database

    init(_ sql: String, _ db: Database) throws {
        statement = try db.cachedStatement(sql: sql)
        self.db = db
    }

    /// The values of one row, bound in the order of the statement's parameters.
    struct Row {
        fileprivate let handle: OpaquePointer
        fileprivate var position: Int32 = 0
        fileprivate var failure: Int32 = SQLITE_OK

        /// SQLite copies bound text when given this destructor.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        mutating func add(_ value: Int64) {
            position += 1
            record(sqlite3_bind_int64(handle, position, value))
        }

        mutating func add(_ value: Int) { add(Int64(value)) }

        mutating func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }

        mutating func add(_ value: Double) {
            position += 1
            record(sqlite3_bind_double(handle, position, value))
        }

        mutating func add(_ value: String?) {
            position += 1
            guard var text = value else { return record(sqlite3_bind_null(handle, position)) }
            let position = position
            record(text.withUTF8 { bytes in
                sqlite3_bind_text(handle, position, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                  Int32(bytes.count), Self.transient)
            })
        }

        mutating func add(_ value: [UInt8]) {
            position += 1
            let position = position
            record(value.withUnsafeBytes { bytes in sqlite3_bind_blob(handle, position, bytes.baseAddress, Int32(bytes.count), Self.transient) })
        }

        private mutating func record(_ result: Int32) {
            if failure == SQLITE_OK { failure = result }
        }
    }

    /// Inserts one row whose values `bind` adds.
    func insert(_ bind: (inout Row) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var row = Row(handle: handle)
        bind(&row)
        let stepped = row.failure == SQLITE_OK ? sqlite3_step(handle) : row.failure
        sqlite3_reset(handle)
        guard stepped == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: stepped), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
