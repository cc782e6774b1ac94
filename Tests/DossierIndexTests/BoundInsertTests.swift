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

    @Test func everyKindOfValueReadsBackAsWritten() throws {
        let queue = try database()
        try queue.write { db in
            let insert = try BoundInsert("INSERT INTO row (id, text, amount, flag) VALUES (?, ?, ?, ?)", db)
            try insert.insert { row in
                row.add(7)
                row.add("naïve “quoted” text")
                row.add(2.5)
                row.add(true)
            }
            try insert.insert { row in
                row.add(Int64(8))
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
            let insert = try BoundInsert("INSERT INTO row (id, text, amount, flag) VALUES (?, ?, ?, ?)", db)
            try insert.insert { row in
                row.add(1)
                row.add("first")
                row.add(0.0)
                row.add(false)
            }
            #expect(throws: DatabaseError.self) {
                try insert.insert { row in
                    row.add(1)
                    row.add("same id")
                    row.add(0.0)
                    row.add(false)
                }
            }
            try insert.insert { row in
                row.add(2)
                row.add("second")
                row.add(0.0)
                row.add(true)
            }
        }
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT text FROM row ORDER BY id") } == ["first", "second"])
    }
}
