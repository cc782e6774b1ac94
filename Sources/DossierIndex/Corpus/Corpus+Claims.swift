import Foundation
import GRDB

extension Corpus {
    /// The reader's gutter markers: each sentence of the document with cross-references, by ordinal.
    public func claimMarkers(inDocument documentID: Int64) throws -> [Int: ClaimMarker] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT ordinal, count(DISTINCT other), max(isConflict) FROM (
                    SELECT s.ordinal, l.secondDocument AS other, l.relation = 'conflict' AS isConflict
                    FROM claimLink l JOIN sentence s ON s.id = l.first WHERE l.firstDocument = :document
                    UNION ALL
                    SELECT s.ordinal, l.firstDocument, l.relation = 'conflict'
                    FROM claimLink l JOIN sentence s ON s.id = l.second WHERE l.secondDocument = :document
                ) GROUP BY ordinal
                """, arguments: ["document": documentID])
            return Dictionary(rows.map { (($0[0] as Int), ClaimMarker(sources: $0[1], hasConflict: $0[2])) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The cross-references of one sentence: conflicts first, then agreements, then related, best first.
    public func crossReferences(ofSentence sentenceID: Int64) throws -> [CrossReference] {
        try read { db in
            let links = try Row.fetchAll(db, sql: "SELECT * FROM claimLink WHERE first = :id OR second = :id", arguments: ["id": sentenceID])
            return try Self.crossReferences(links, seenFrom: sentenceID, db).sorted(by: Self.isShownBefore)
        }
    }

    /// Every cross-reference, each pair once, optionally only those touching one document or of one relation.
    public func crossReferences(inDocument documentID: Int64? = nil, relation: ClaimRelation? = nil) throws -> [CrossReference] {
        try read { db in
            var conditions: [String] = []
            var arguments: [String: (any DatabaseValueConvertible)?] = [:]
            if let documentID {
                conditions.append("(firstDocument = :document OR secondDocument = :document)")
                arguments["document"] = documentID
            }
            if let relation {
                conditions.append("relation = :relation")
                arguments["relation"] = relation.rawValue
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let links = try Row.fetchAll(db, sql: "SELECT * FROM claimLink \(filter) ORDER BY score DESC", arguments: StatementArguments(arguments))
            return try Self.crossReferences(links, seenFrom: nil, db)
        }
    }

    /// Claims with cross-references for the claims view: those in conflict first, then those most
    /// documents agree on.
    public func claimOverview(limit: Int = 500) throws -> [ClaimOverview] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT sentence, count(DISTINCT CASE WHEN relation = 'agree' THEN other END),
                       sum(relation = 'conflict'), sum(relation = 'related'), max(score)
                FROM (SELECT first AS sentence, secondDocument AS other, relation, score FROM claimLink
                      UNION ALL SELECT second, firstDocument, relation, score FROM claimLink)
                GROUP BY sentence
                ORDER BY sum(relation = 'conflict') > 0 DESC, count(DISTINCT CASE WHEN relation = 'agree' THEN other END) DESC, max(score) DESC
                LIMIT ?
                """, arguments: [limit])
            let references = try Self.sentenceReferences(rows.map { $0[0] }, db)
            return rows.compactMap { row in
                references[row[0] as Int64].map { ClaimOverview(claim: $0, corroboration: (row[1] as Int) + 1, conflicts: row[2], related: row[3]) }
            }
        }
    }

    private static func crossReferences(_ links: [Row], seenFrom sentenceID: Int64?, _ db: Database) throws -> [CrossReference] {
        let references = try sentenceReferences(links.flatMap { [$0["first"], $0["second"]] }, db)
        return links.compactMap { link in
            let first: Int64 = link["first"], second: Int64 = link["second"]
            let flipped = sentenceID == second
            guard let relation = ClaimRelation(rawValue: link["relation"]),
                  let here = references[flipped ? second : first], let there = references[flipped ? first : second] else { return nil }
            let firstValues = strings(link["firstValues"]), secondValues = strings(link["secondValues"])
            return CrossReference(relation: relation, score: link["score"], here: here, there: there,
                                  hereValues: flipped ? secondValues : firstValues, thereValues: flipped ? firstValues : secondValues)
        }
    }

    /// Conflicts first, then agreements, then related claims, best first within each.
    static func isShownBefore(_ left: CrossReference, _ right: CrossReference) -> Bool {
        let order: [ClaimRelation: Int] = [.conflict: 0, .agree: 1, .related: 2]
        if left.relation != right.relation { return order[left.relation]! < order[right.relation]! }
        return left.score > right.score
    }

    private static func sentenceReferences(_ ids: [Int64], _ db: Database) throws -> [Int64: SentenceReference] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.documentId, d.path, d.title, d.date, s.ordinal, s.text, s.originalStart, s.originalEnd
            FROM sentence s JOIN document d ON d.id = s.documentId WHERE s.id IN (SELECT value FROM json_each(?))
            """, arguments: [JSONArray.of(Set(ids))])
        return Dictionary(rows.map { row in
            (row[0] as Int64, SentenceReference(sentenceID: row[0], documentID: row[1], documentPath: row[2], documentTitle: row[3],
                                                documentDate: row[4], ordinal: row[5], text: row[6], originalRange: (row[7] as Int)..<(row[8] as Int)))
        }, uniquingKeysWith: { first, _ in first })
    }

    private static func strings(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
