import GRDB

extension IndexStore {
    /// The schema, one registered step per version.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "document") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("path", .text).notNull().unique()
                table.column("size", .integer).notNull()
                table.column("modified", .double).notNull()
                table.column("contentHash", .text).notNull()
                table.column("title", .text).notNull()
                table.column("date", .text)
                table.column("dateInferred", .boolean).notNull().defaults(to: false)
                table.column("source", .text)
                table.column("url", .text)
                table.column("author", .text)
                table.column("wordCount", .integer).notNull()
                table.column("sentenceCount", .integer).notNull()
                table.column("replacedSequences", .integer).notNull()
                table.column("offsetMap", .blob).notNull()
            }
            try db.create(table: "paragraph") { table in
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade)
                table.column("ordinal", .integer).notNull()
                table.column("text", .text).notNull()
                table.column("isHeading", .boolean).notNull()
                table.column("start", .integer).notNull()
                table.primaryKey(["documentId", "ordinal"])
            }
            try db.create(table: "sentence") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("documentId", .integer).notNull().references("document", onDelete: .cascade)
                table.column("ordinal", .integer).notNull()
                table.column("paragraph", .integer).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("originalStart", .integer).notNull()
                table.column("originalEnd", .integer).notNull()
                table.column("text", .text).notNull()
                table.uniqueKey(["documentId", "ordinal"])
            }
            try db.create(table: "skippedFile") { table in
                table.column("path", .text).primaryKey()
                table.column("size", .integer).notNull()
                table.column("modified", .double).notNull()
                table.column("reason", .text).notNull()
            }
            try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
        }
        return migrator
    }()
}
