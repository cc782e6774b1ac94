import Foundation
import GRDB

/// Reads the claim frames of documents from what the index stored about their sentences: the
/// sentences, their entity mentions (by the name each stands for in its own document) and their
/// dates come in three queries; the documents are then read on every core, each in sentence
/// order so that a pronoun finds the name before it.
struct ClaimReader {
    let extractor = FrameExtractor()

    /// A claim sentence: its frames and the key of its copies.
    struct ClaimSentence: Sendable {
        var sentenceID: Int64
        var documentID: Int64
        var copyKey: Int64
        var frames: [ClaimFrame]
    }

    /// What one document gives: its claim sentences and its near-copy signature.
    struct DocumentClaims: Sendable {
        var documentID: Int64
        var sentences: [ClaimSentence]
        var signature: DocumentSignature
    }

    func claims(ofDocuments documents: [Int64], _ db: Database) throws -> [DocumentClaims] {
        guard !documents.isEmpty else { return [] }
        let arguments: StatementArguments = ["ids": JSONArray.of(documents)]
        let dates = try grouped(Row.fetchAll(db, sql: """
            SELECT t.sentenceId, t.start - s.start, t."end" - s.start, t.text, t.value, t.firstDay, t.lastDay, t.anchored
            FROM timex t JOIN sentence s ON s.id = t.sentenceId WHERE t.documentId IN (SELECT value FROM json_each(:ids))
            """, arguments: arguments)) { date in
            ((date[1] as Int)..<(date[2] as Int), ClaimDate(text: date[3], value: date[4], firstDay: date[5], lastDay: date[6], isAnchored: date[7]))
        }
        let mentions = try grouped(Row.fetchAll(db, sql: """
            SELECT m.sentenceId, m.start - s.start, m."end" - s.start, m.fullName, m.type
            FROM mention m JOIN sentence s ON s.id = m.sentenceId WHERE m.documentId IN (SELECT value FROM json_each(:ids))
            """, arguments: arguments)) { mention -> (range: Range<Int>, name: String, type: EntityType?)? in
            ((mention[1] as Int)..<(mention[2] as Int), mention[3], (mention[4] as String?).flatMap(EntityType.init(rawValue:)))
        }
        // A date guessed from the text is too often wrong (a year off in news that cites older
        // events) to say that two reports are of different days, so only a declared date counts.
        let days = try Dictionary(Row.fetchAll(db, sql: "SELECT id, CASE WHEN dateInferred THEN NULL ELSE date END FROM document WHERE id IN (SELECT value FROM json_each(:ids))",
                                               arguments: arguments).map { row in
            ((row[0] as Int64), (row[1] as String?).flatMap { TimexValue($0)?.firstDay })
        }, uniquingKeysWith: { first, _ in first })
        var byDocument: [Int64: [(sentence: FrameExtractor.Sentence, heading: Bool)]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, documentId, text, inHeading FROM sentence WHERE documentId IN (SELECT value FROM json_each(:ids)) ORDER BY documentId, ordinal
            """, arguments: arguments) {
            let id: Int64 = row[0]
            let sentence = FrameExtractor.Sentence(id: id, documentID: row[1], text: row[2], mentions: mentions[id] ?? [],
                                                   dates: (dates[id] ?? []).filter { !$0.1.isAnchored || (days[row[1]] ?? nil) != nil })
            byDocument[row[1], default: []].append((sentence, row[3]))
        }
        let extractor = extractor
        let sentencesByDocument = byDocument
        return ConcurrentMap.map(documents) { document in
            let sentences = sentencesByDocument[document] ?? []
            var context = FrameExtractor.Context(documentDay: days[document] ?? nil)
            var claims: [ClaimSentence] = []
            for (sentence, heading) in sentences {
                // Headings are read for the names they give pronouns, never as claims.
                let frames = extractor.frames(in: sentence, context: &context).filter { !$0.blockKeys.isEmpty }
                guard !heading, !frames.isEmpty else { continue }
                claims.append(ClaimSentence(sentenceID: sentence.id, documentID: document, copyKey: CopyKey.of(sentence.text), frames: frames))
            }
            return DocumentClaims(documentID: document, sentences: claims, signature: DocumentSignature(sentences: sentences.map(\.sentence.text)))
        }
    }

    /// Rows whose first column is a sentence id, read into values and grouped by that id.
    private func grouped<Value>(_ rows: [Row], _ value: (Row) -> Value?) -> [Int64: [Value]] {
        var groups: [Int64: [Value]] = [:]
        for row in rows {
            if let read = value(row) { groups[row[0], default: []].append(read) }
        }
        return groups
    }
}
