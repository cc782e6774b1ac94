import GRDB
import Testing
@testable import DossierIndex

/// Rows written through SQLite's binding calls read back as written, and a failed insert says why.
@Suite("Bound inserts")
struct BoundInsertTests {
    private func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE row (id INTEGER PRIMARY KEY, text TEXT, amount REAL, flag INTEGER NOT NULL)")
        }
        return queue
    }

    private func insert(_ id: Int64, _ text: String?, _ amount: Double, _ flag: Bool, with insert: BoundInsert) throws {
        try insert.insert { row in
            row.add(id)
            row.add(text)
            row.add(amount)
            row.add(flag)
        }
    }

    private func statement(_ db: Database) throws -> BoundInsert {
        try BoundInsert("INSERT INTO row (id, text, amount, flag) VALUES (?, ?, ?, ?)", db)
    }

    @Test func everyKindOfValueReadsBackAsWritten() throws {
        let queue = try database()
        try queue.write { db in
            let statement = try statement(db)
            try insert(7, "naïve “quoted” text", 2.5, true, with: statement)
            try statement.insert { row in
                row.add(8)
                row.add(nil as String?)
                row.add(-1.0)
                row.add(false)
            }
        }
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT id, text, amount, flag FROM row ORDER BY id") }
        #expect(rows.map { $0[0] as Int64 } == [7, 8])
        #expect(rows.map { $0[1] as String? } == ["naïve “quoted” text", nil])
        #expect(rows.map { $0[2] as Double } == [2.5, -1.0])
        #expect(rows.map { $0[3] as Bool } == [true, false])
    }

    @Test func aRejectedRowThrowsAndLeavesTheStatementUsable() throws {
        let queue = try database()
        try queue.write { db in
            let statement = try statement(db)
            try insert(1, "first", 0, false, with: statement)
            #expect(throws: DatabaseError.self) { try insert(1, "same id", 0, false, with: statement) }
            try insert(2, "second", 0, true, with: statement)
        }
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT text FROM row ORDER BY id") } == ["first", "second"])
    }
}
