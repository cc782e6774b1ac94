import GRDB

/// Inserts a document's sentences, the most numerous rows of a document after its mentions.
struct SentenceInserter {
    private let insert: BoundInsert

    init(_ db: Database) throws {
        insert = try BoundInsert("""
            INSERT INTO sentence (documentId, ordinal, paragraph, start, "end", originalStart, originalEnd, text, inHeading)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, db)
    }

    /// Inserts the sentences and returns the id of the first, or nil when there are none.
    @discardableResult
    func insert(_ document: LoadedDocument, documentID: Int64, in db: Database) throws -> Int64? {
        var firstID: Int64?
        for (ordinal, sentence) in document.sentences.enumerated() {
            try insert.insert { row in
                row.add(documentID)
                row.add(ordinal)
                row.add(sentence.paragraph)
                row.add(sentence.range.lowerBound)
                row.add(sentence.range.upperBound)
                row.add(sentence.originalRange.lowerBound)
                row.add(sentence.originalRange.upperBound)
                row.add(sentence.text)
                row.add(document.paragraphs[sentence.paragraph].isHeading)
            }
            if firstID == nil { firstID = db.lastInsertedRowID }
        }
        return firstID
    }
}
