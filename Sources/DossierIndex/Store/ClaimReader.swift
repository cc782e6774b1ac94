import Foundation
import GRDB

/// Reads claims from what the index stored about their sentences. The sentences, their entity
/// mentions and their dates come in three queries for all the sentences asked for; the
/// sentences are then read on every core, since that is pure work. Claims are read again rather
/// than stored whole: reading one costs less CPU than encoding it as JSON for every new index
/// did, and it always names the entities as they are resolved now.
struct ClaimReader {
    let extractor = ClaimExtractor()

    /// Which sentences to read: every sentence of some documents, or some sentences by id.
    private enum Selection {
        case documents([Int64])
        case sentences([Int64])

        /// The condition choosing rows of a table, given its columns naming the document and the sentence.
        func condition(document: String, sentence: String) -> String {
            switch self {
            case .documents: return "\(document) IN (SELECT value FROM json_each(:ids))"
            case .sentences: return "\(sentence) IN (SELECT value FROM json_each(:ids))"
            }
        }

        var arguments: StatementArguments {
            switch self {
            case .documents(let ids), .sentences(let ids): return ["ids": JSONArray.of(ids)]
            }
        }
    }

    /// The claims of these documents, by document and then in reading order.
    func claims(ofDocuments documents: [Int64], _ db: Database) throws -> [Claim] {
        try claims(.documents(documents), db)
    }

    /// The claims in these sentences; sentences that hold none are left out.
    func claims(inSentences sentences: some Collection<Int64>, _ db: Database) throws -> [Claim] {
        guard !sentences.isEmpty else { return [] }
        return try claims(.sentences(Array(sentences)), db)
    }

    private func claims(_ selection: Selection, _ db: Database) throws -> [Claim] {
        let extractor = extractor
        let sentences = try sentences(selection, db)
        return ConcurrentMap.map(sentences, makeState: { ClaimExtractor.Memo() }) { memo, sentence in
            extractor.claim(in: sentence, memo: &memo)
        }.compactMap { $0 }
    }

    private func sentences(_ selection: Selection, _ db: Database) throws -> [ClaimExtractor.Sentence] {
        let arguments = selection.arguments
        let dates = try grouped(Row.fetchAll(db, sql: """
            SELECT t.sentenceId, t.start - s.start, t."end" - s.start, t.text, t.value, t.firstDay, t.lastDay, t.anchored
            FROM timex t JOIN sentence s ON s.id = t.sentenceId WHERE \(selection.condition(document: "t.documentId", sentence: "t.sentenceId"))
            """, arguments: arguments)) { date in
            ((date[1] as Int)..<(date[2] as Int), ClaimDate(text: date[3], value: date[4], firstDay: date[5], lastDay: date[6], isAnchored: date[7]))
        }
        let mentions = try grouped(Row.fetchAll(db, sql: """
            SELECT m.sentenceId, m.start - s.start, m."end" - s.start, e.id, e.name, e.type
            FROM mention m JOIN sentence s ON s.id = m.sentenceId JOIN entityKey k ON k.key = m.key JOIN entity e ON e.id = k.entityId
            WHERE \(selection.condition(document: "m.documentId", sentence: "m.sentenceId"))
            """, arguments: arguments)) { mention -> (range: Range<Int>, entity: ClaimEntity)? in
            guard let type = EntityType(rawValue: mention[5]) else { return nil }
            return ((mention[1] as Int)..<(mention[2] as Int), ClaimEntity(id: mention[3], name: mention[4], type: type))
        }
        return try Row.fetchAll(db, sql: """
            SELECT id, documentId, text FROM sentence WHERE \(selection.condition(document: "documentId", sentence: "id")) AND NOT inHeading ORDER BY documentId, ordinal
            """, arguments: arguments).map { row in
            let id: Int64 = row[0]
            return ClaimExtractor.Sentence(id: id, documentID: row[1], text: row[2], mentions: mentions[id] ?? [], dates: dates[id] ?? [])
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
