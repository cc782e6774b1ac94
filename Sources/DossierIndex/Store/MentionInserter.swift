import GRDB

/// Inserts a document's entity mentions, which outnumber its sentences.
struct MentionInserter {
    private let insert: BoundInsert

    init(_ db: Database) throws {
        insert = try BoundInsert("""
            INSERT INTO mention (documentId, sentenceId, start, "end", originalStart, originalEnd, text, type, confidence, key, fullName, fromAlias)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, db)
    }

    func insert(_ mentions: [ExtractedMention], of document: LoadedDocument, documentID: Int64, firstSentenceID: Int64,
                fromAlias: Bool = false) throws {
        for mention in mentions {
            let original = document.offsetMap.originalRange(of: mention.range)
            try insert.insert { row in
                row.add(documentID)
                row.add(firstSentenceID + Int64(mention.sentence))
                row.add(mention.range.lowerBound)
                row.add(mention.range.upperBound)
                row.add(original.lowerBound)
                row.add(original.upperBound)
                row.add(mention.text)
                row.add(mention.type?.rawValue)
                row.add(mention.confidence)
                row.add(mention.key)
                row.add(mention.fullName)
                row.add(fromAlias)
            }
        }
    }
}
