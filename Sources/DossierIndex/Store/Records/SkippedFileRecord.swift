import GRDB

/// A row of the `skippedFile` table: a file that was not indexed, remembered so that it is not read
/// again until it changes.
struct SkippedFileRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "skippedFile"

    var path: String
    var size: Int
    var modified: Double
    var reason: String
}
