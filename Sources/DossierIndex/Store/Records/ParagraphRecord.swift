import GRDB

/// A row of the `paragraph` table.
struct ParagraphRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "paragraph"

    var documentId: Int64
    var ordinal: Int
    var text: String
    var isHeading: Bool
    var start: Int
}
