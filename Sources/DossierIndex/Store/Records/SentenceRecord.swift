import GRDB

/// A row of the `sentence` table, with offsets in both the normalised text and the original file.
struct SentenceRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "sentence"

    var id: Int64?
    var documentId: Int64
    var ordinal: Int
    var paragraph: Int
    var start: Int
    var end: Int
    var originalStart: Int
    var originalEnd: Int
    var text: String
    var inHeading: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
