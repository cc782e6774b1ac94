import Foundation
import GRDB

/// A row of the `document` table: one indexed file and what was learned about it.
struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"

    var id: Int64?
    var path: String
    var size: Int
    var modified: Double
    var contentHash: String
    var title: String
    var date: String?
    var dateInferred: Bool
    var source: String?
    var url: String?
    var author: String?
    var wordCount: Int
    var sentenceCount: Int
    var firstSentenceId: Int64
    var paragraphCount: Int
    var replacedSequences: Int
    var offsetMap: Data
    var declaredDate: String?
    var inferredDate: String?
    var dateSource: String?
    /// The last indexing phase the document went through (`IndexPhase`).
    var phase: Int

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(file: ScannedFile, contentHash: String, document: LoadedDocument, dating: DocumentDating, phase: IndexPhase) {
        path = file.relativePath
        size = file.size
        modified = file.modified
        self.contentHash = contentHash
        title = document.title
        date = dating.date
        dateInferred = dating.isInferred
        declaredDate = dating.declared
        inferredDate = dating.inferred
        dateSource = dating.source?.rawValue
        source = document.metadata.source
        url = document.metadata.url
        author = document.metadata.author
        wordCount = document.wordCount
        sentenceCount = document.sentences.count
        firstSentenceId = 0
        paragraphCount = document.paragraphs.count
        replacedSequences = document.replacedSequences
        offsetMap = document.offsetMap.serialized
        self.phase = phase.rawValue
    }
}
