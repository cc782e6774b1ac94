import Foundation
import GRDB

/// Read-only queries over an indexed corpus: what the explorer and the command line ask of the index.
public final class Corpus: Sendable {
    /// The corpus folder.
    public let root: URL
    public let store: IndexStore
    /// How the documents were read, for reading one again when an entity correction needs it.
    public let loader: DocumentLoader

    public init(root: URL, store: IndexStore, loader: DocumentLoader = DocumentLoader()) {
        self.root = root
        self.store = store
        self.loader = loader
    }

    /// All documents in path order.
    public func documents() throws -> [DocumentSummary] {
        try read { db in
            try DocumentSummary.fetchAll(db, sql: "SELECT \(DocumentSummary.columns) FROM document")
        }.sorted { NaturalOrder.areInIncreasingOrder($0.path, $1.path) }
    }

    /// The documents with ids above `id`, in no particular order: those indexed since a document
    /// list was made, which is how a list kept while indexing catches up.
    public func documents(after id: Int64) throws -> [DocumentSummary] {
        try read { db in
            try DocumentSummary.fetchAll(db, sql: "SELECT \(DocumentSummary.columns) FROM document WHERE id > ?", arguments: [id])
        }
    }

    public func document(id: Int64) throws -> DocumentSummary? {
        try read { db in try DocumentSummary.fetchOne(db, sql: "SELECT \(DocumentSummary.columns) FROM document WHERE id = ?", arguments: [id]) }
    }

    /// The document's paragraphs with the sentences inside each.
    public func text(of documentID: Int64) throws -> DocumentText? {
        try read { db in
            guard let summary = try DocumentSummary.fetchOne(db, sql: "SELECT \(DocumentSummary.columns) FROM document WHERE id = ?",
                                                             arguments: [documentID]) else { return nil }
            let sentences = try SentenceRecord.filter(Column("documentId") == documentID).order(Column("ordinal")).fetchAll(db)
            return DocumentText(summary: summary, paragraphs: Self.paragraphs(of: sentences))
        }
    }

    /// Rebuilds paragraphs from their sentences: normalised text has exactly the white space the
    /// sentence offsets leave between them, and it is all single spaces.
    static func paragraphs(of sentences: [SentenceRecord]) -> [DocumentText.Paragraph] {
        var paragraphs: [DocumentText.Paragraph] = []
        var start = 0
        var end = 0
        for sentence in sentences {
            if paragraphs.isEmpty || sentence.paragraph != paragraphs.count - 1 {
                paragraphs.append(DocumentText.Paragraph(text: "", isHeading: sentence.inHeading, sentences: []))
                start = sentence.start
                end = sentence.start
            }
            let last = paragraphs.count - 1
            paragraphs[last].text += String(repeating: " ", count: max(0, sentence.start - end)) + sentence.text
            paragraphs[last].sentences.append(.init(id: sentence.id ?? 0, ordinal: sentence.ordinal,
                                                     range: (sentence.start - start)..<(sentence.end - start)))
            end = sentence.end
        }
        return paragraphs
    }

    /// The sentences of a document with their offsets in the original file.
    public func sentences(of documentID: Int64) throws -> [IndexedSentence] {
        try read { db in
            try SentenceRecord.filter(Column("documentId") == documentID).order(Column("ordinal")).fetchAll(db).map(\.indexed)
        }
    }

    /// Finds a document by its relative path, its file name, or a fragment of its path or title that names one document.
    public func document(named name: String) throws -> DocumentLookup {
        let documents = try documents()
        let needle = name.lowercased()
        if let exact = documents.first(where: { $0.path == name || ($0.path as NSString).lastPathComponent == name }) {
            return .found(exact)
        }
        let matches = documents.filter { $0.path.lowercased().contains(needle) || $0.title.lowercased().contains(needle) }
        switch matches.count {
        case 0: return .none
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }

    /// How much is indexed.
    public func statistics() throws -> CorpusStatistics {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*), coalesce(sum(wordCount), 0), coalesce(sum(sentenceCount), 0), coalesce(sum(paragraphCount), 0) FROM document
                """)
            return CorpusStatistics(documents: row?[0] ?? 0, paragraphs: row?[3] ?? 0, sentences: row?[2] ?? 0, words: row?[1] ?? 0)
        }
    }

    /// Files the last sync did not index, with the reason.
    public func skippedFiles() throws -> [SyncReport.Skipped] {
        try read { db in
            try SkippedFileRecord.order(Column("path")).fetchAll(db).map { .init(path: $0.path, reason: $0.reason) }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try store.detectingCorruption { try store.database.read(body) }
    }
}
