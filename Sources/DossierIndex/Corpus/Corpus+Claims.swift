import Foundation
import GRDB

extension Corpus {
    /// Links less sure than this are hidden unless asked for: about one in three of them was
    /// wrong when bbc-news links were read (see ARCHITECTURE.md), against one in ten above it.
    public static let confidenceFloor = 0.5
    /// Related claims shown per claim, best first: more would drown the agreements and conflicts.
    public static let relatedPerClaim = 5

    /// The reader's gutter markers: each sentence of the document with cross-references, by ordinal.
    public func claimMarkers(inDocument documentID: Int64, includingHidden: Bool = false) throws -> [Int: ClaimMarker] {
        try read { db in
            var markers: [Int: (documents: Set<Int64>, conflict: Bool)] = [:]
            for (mine, theirs) in [("first", "second"), ("second", "first")] {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT DISTINCT s.ordinal, g.documentId, l.relation = 'conflict' FROM claim c JOIN sentence s ON s.id = c.sentenceId
                    JOIN claimLink l ON l.\(mine) = c.copyKey JOIN claimGroup g ON g.copyKey = l.\(theirs)
                    WHERE c.documentId = :document AND l.confidence >= :floor AND g.documentId != :document
                    """, arguments: ["document": documentID, "floor": includingHidden ? 0 : Self.confidenceFloor])
                for row in rows {
                    var marker = markers[row[0] as Int] ?? ([], false)
                    marker.documents.insert(row[1])
                    marker.conflict = marker.conflict || (row[2] as Bool)
                    markers[row[0] as Int] = marker
                }
            }
            return markers.mapValues { ClaimMarker(sources: $0.documents.count, hasConflict: $0.conflict) }
        }
    }

    /// The cross-references of one sentence: conflicts first, then agreements, then a few related
    /// claims, surest first; links under the confidence floor only when asked for.
    public func crossReferences(ofSentence sentenceID: Int64, includingHidden: Bool = false) throws -> [CrossReference] {
        try read { db in
            guard let key = try Int64.fetchOne(db, sql: "SELECT copyKey FROM claim WHERE sentenceId = ? LIMIT 1", arguments: [sentenceID]) else { return [] }
            let links = try Row.fetchAll(db, sql: """
                SELECT * FROM claimLink WHERE first = :key AND confidence >= :floor
                UNION ALL SELECT * FROM claimLink WHERE second = :key AND confidence >= :floor
                """, arguments: ["key": key, "floor": includingHidden ? 0 : Self.confidenceFloor])
            let references = try Self.crossReferences(links, seenFrom: (key, sentenceID), db).sorted(by: Self.isShownBefore)
            var related = 0
            return references.filter { reference in
                guard reference.relation == .related else { return true }
                related += 1
                return related <= Self.relatedPerClaim
            }
        }
    }

    /// Every cross-reference above the floor, each pair once, optionally only those touching one
    /// document or of one relation, conflicts first.
    public func crossReferences(inDocument documentID: Int64? = nil, relation: ClaimRelation? = nil, includingHidden: Bool = false) throws -> [CrossReference] {
        try read { db in
            var conditions = ["l.confidence >= :floor"]
            var arguments: [String: (any DatabaseValueConvertible)?] = ["floor": includingHidden ? 0 : Self.confidenceFloor]
            if let documentID {
                conditions.append("""
                    (l.first IN (SELECT copyKey FROM claim WHERE documentId = :document) OR l.second IN (SELECT copyKey FROM claim WHERE documentId = :document))
                    """)
                arguments["document"] = documentID
            }
            if let relation {
                conditions.append("l.relation = :relation")
                arguments["relation"] = relation.rawValue
            }
            let links = try Row.fetchAll(db, sql: "SELECT l.* FROM claimLink l WHERE \(conditions.joined(separator: " AND ")) ORDER BY l.confidence DESC, l.first, l.second",
                                         arguments: StatementArguments(arguments))
            return try Self.crossReferences(links, seenFrom: nil, db).sorted(by: Self.isShownBefore)
        }
    }

    /// Every link above the floor with the sentences of every copy on each side, for scoring
    /// against judged pairs.
    public func linkSpans(includingHidden: Bool = false) throws -> [CrossReferenceEvaluation.Link] {
        try read { db in
            var members: [Int64: [CrossReferenceEvaluation.Span]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT DISTINCT c.copyKey, d.path, s.originalStart, s.originalEnd FROM claim c
                JOIN sentence s ON s.id = c.sentenceId JOIN document d ON d.id = c.documentId
                """) {
                members[row[0], default: []].append(CrossReferenceEvaluation.Span(doc: row[1], start: row[2], end: row[3]))
            }
            return try Row.fetchAll(db, sql: "SELECT first, second, relation FROM claimLink WHERE confidence >= ?",
                                    arguments: [includingHidden ? 0 : Self.confidenceFloor]).compactMap { row in
                ClaimRelation(rawValue: row[2]).map { CrossReferenceEvaluation.Link(relation: $0, first: members[row[0]] ?? [], second: members[row[1]] ?? []) }
            }
        }
    }

    /// How the claims view orders claims.
    public enum ClaimOrder: String, Sendable, CaseIterable {
        /// Claims in conflict first, most conflicts first.
        case contested
        /// Claims most independent documents agree on first.
        case corroborated
    }

    /// Claims with cross-references for the claims view, optionally only those naming an entity or
    /// stating a period that overlaps some days. Corroboration counts independent documents: the
    /// claim's own and those of agreeing claims, copies not counted.
    public func claimOverview(order: ClaimOrder = .contested, entityID: Int64? = nil, days: ClosedRange<Int>? = nil,
                              limit: Int = 500) throws -> [ClaimOverview] {
        try read { db in
            var filters: [String] = []
            var arguments: [String: (any DatabaseValueConvertible)?] = ["floor": Self.confidenceFloor, "limit": limit]
            if let entityID {
                filters.append("g.sentenceId IN (SELECT m.sentenceId FROM mention m JOIN entityKey k ON k.key = m.key WHERE k.entityId = :entity)")
                arguments["entity"] = entityID
            }
            if let days {
                filters.append("""
                    (g.sentenceId IN (SELECT sentenceId FROM timex WHERE firstDay <= :last AND lastDay >= :first)
                     OR (NOT EXISTS (SELECT 1 FROM timex WHERE sentenceId = g.sentenceId)
                         AND g.documentId IN (SELECT id FROM document WHERE date BETWEEN :firstDate AND :lastDate)))
                    """)
                arguments["first"] = days.lowerBound
                arguments["last"] = days.upperBound
                arguments["firstDate"] = CalendarDay(daysSince1970: days.lowerBound).iso
                arguments["lastDate"] = CalendarDay(daysSince1970: days.upperBound).iso + "~"
            }
            let filter = filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ")
            let ordering = order == .contested ? "conflicts > 0 DESC, conflicts DESC, agreeing DESC, best DESC"
                : "agreeing DESC, conflicts DESC, best DESC"
            let rows = try Row.fetchAll(db, sql: """
                SELECT g.sentenceId, count(DISTINCT CASE WHEN x.relation = 'agree' THEN o.documentId END) AS agreeing,
                       sum(x.relation = 'conflict') AS conflicts, sum(x.relation = 'related') AS related, max(x.confidence) AS best
                FROM (SELECT first AS mine, second AS theirs, relation, confidence FROM claimLink WHERE confidence >= :floor
                      UNION ALL SELECT second, first, relation, confidence FROM claimLink WHERE confidence >= :floor) x
                JOIN claimGroup g ON g.copyKey = x.mine JOIN claimGroup o ON o.copyKey = x.theirs
                \(filter)
                GROUP BY g.sentenceId ORDER BY \(ordering), g.sentenceId LIMIT :limit
                """, arguments: StatementArguments(arguments))
            let references = try Self.sentenceReferences(rows.map { $0[0] }, db)
            return rows.compactMap { row in
                references[row[0] as Int64].map { ClaimOverview(claim: $0, corroboration: (row[1] as Int) + 1, conflicts: row[2], related: row[3]) }
            }
        }
    }

    /// Links read into cross-references: each side is its group's canonical sentence (or, seen
    /// from a sentence, that sentence), with its decisive frame and its copies.
    private static func crossReferences(_ links: [Row], seenFrom origin: (key: Int64, sentence: Int64)?, _ db: Database) throws -> [CrossReference] {
        let keys = Set(links.flatMap { [$0["first"] as Int64, $0["second"] as Int64] })
        let canonical = try Dictionary(Row.fetchAll(db, sql: "SELECT copyKey, sentenceId FROM claimGroup WHERE copyKey IN (SELECT value FROM json_each(?))",
                                                    arguments: [JSONArray.of(keys)]).map { ($0[0] as Int64, $0[1] as Int64) }, uniquingKeysWith: { first, _ in first })
        var members: [Int64: [(sentence: Int64, path: String)]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT c.copyKey, c.sentenceId, d.path FROM claim c JOIN document d ON d.id = c.documentId
            WHERE c.copyKey IN (SELECT value FROM json_each(?)) ORDER BY d.path
            """, arguments: [JSONArray.of(keys)]) {
            members[row[0], default: []].append((row[1], row[2]))
        }
        let sentences = Set(canonical.values).union(origin.map { [$0.sentence] } ?? [])
        let references = try sentenceReferences(Array(sentences), db)
        return links.compactMap { link in
            let first: Int64 = link["first"], second: Int64 = link["second"]
            let flipped = origin?.key == second
            let (hereKey, thereKey) = flipped ? (second, first) : (first, second)
            let hereSentence = origin?.sentence ?? canonical[hereKey]
            guard let relation = ClaimRelation(rawValue: link["relation"]), let hereSentence, let thereSentence = canonical[thereKey],
                  let here = references[hereSentence], let there = references[thereSentence] else { return nil }
            let firstFrame = FrameCodec.decode(link["firstFrame"]), secondFrame = FrameCodec.decode(link["secondFrame"])
            let (hereFrame, thereFrame) = flipped ? (secondFrame, firstFrame) : (firstFrame, secondFrame)
            let copies = { (key: Int64, sentence: Int64) in (members[key] ?? []).filter { $0.sentence != sentence }.map(\.path) }
            return CrossReference(relation: relation, score: link["confidence"], here: here, there: there,
                                  hereValues: values(of: hereFrame, in: here.text), thereValues: values(of: thereFrame, in: there.text),
                                  hereFrame: hereFrame, thereFrame: thereFrame,
                                  hereCopies: copies(hereKey, hereSentence), thereCopies: copies(thereKey, thereSentence))
        }
    }

    /// The words of a frame's value (or, for an event, its date) in the sentence.
    static func values(of frame: ClaimFrame?, in text: String) -> [String] {
        guard let frame else { return [] }
        let ranges = [frame.value?.range, frame.kind == .event ? frame.periodRange : nil].compactMap { $0 }
        let scalars = Array(text.unicodeScalars)
        return ranges.filter { $0.upperBound <= scalars.count }.map { MappedText.string(from: scalars[$0]) }
    }

    /// Conflicts first, then agreements, then related claims, surest first within each.
    static func isShownBefore(_ left: CrossReference, _ right: CrossReference) -> Bool {
        let order: [ClaimRelation: Int] = [.conflict: 0, .agree: 1, .related: 2]
        if left.relation != right.relation { return order[left.relation]! < order[right.relation]! }
        if left.score != right.score { return left.score > right.score }
        return (left.there.documentPath, left.there.ordinal) < (right.there.documentPath, right.there.ordinal)
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
}
