import Foundation
import GRDB

extension Corpus {
    /// The dated events of the corpus in time order (earliest first; the narrower of two with the
    /// same start first), then by document and place.
    public func timeline(_ filter: TimelineFilter = TimelineFilter()) throws -> [TimelineEvent] {
        let (conditions, arguments) = Self.conditions(of: filter)
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.documentId, d.path, d.title, d.date, s.ordinal, s.text, s.originalStart, s.originalEnd,
                       t.text, t.value, t.modifier, t.endValue, t.anchored, t.start - s.start, t."end" - s.start,
                       t.originalStart, t.originalEnd
                FROM timex t JOIN sentence s ON s.id = t.sentenceId JOIN document d ON d.id = t.documentId
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY t.firstDay, t.lastDay, d.path, t.start
                """, arguments: StatementArguments(arguments)).compactMap(Self.timelineEvent)
        }
    }

    /// Sets the date of the document at `path` in dossier.toml and applies it at once: the
    /// document's dates are valued afresh against it and its claims read again, without reading
    /// any file. Returns the document as it is now.
    @discardableResult
    public func setDate(_ date: String, ofDocumentAt path: String) throws -> DocumentSummary? {
        let overrides = try CorpusSettingsFile(corpusRoot: root).setDate(date, ofDocumentAt: path)
        try store.detectingCorruption {
            try store.database.write { db in
                let redated = try TimexIndex.applyDateOverrides(overrides.dates, in: db)
                try ClaimIndex.forget(documents: redated, db)
                try ClaimIndex.update(db, documents: redated)
            }
        }
        return try documents().first { $0.path == path }
    }

    private static func conditions(of filter: TimelineFilter) -> ([String], [String: (any DatabaseValueConvertible)?]) {
        var conditions: [String] = []
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        if let document = filter.documentID {
            conditions.append("t.documentId = :document")
            arguments["document"] = document
        }
        if let entity = filter.entityID {
            conditions.append("t.sentenceId IN (SELECT m.sentenceId FROM mention m JOIN entityKey k ON k.key = m.key WHERE k.entityId = :entity)")
            arguments["entity"] = entity
        }
        if let days = filter.days {
            conditions.append("t.lastDay >= :first AND t.firstDay <= :last")
            arguments["first"] = days.lowerBound
            arguments["last"] = days.upperBound
        }
        return (conditions, arguments)
    }

    private static func timelineEvent(_ row: Row) -> TimelineEvent? {
        guard let value = TimexValue(row[10], modifier: (row[11] as String?).flatMap(TimexModifier.init(rawValue:))) else { return nil }
        let sentence = SentenceReference(sentenceID: row[0], documentID: row[1], documentPath: row[2], documentTitle: row[3], documentDate: row[4],
                                         ordinal: row[5], text: row[6], originalRange: (row[7] as Int)..<(row[8] as Int))
        return TimelineEvent(sentence: sentence, text: row[9], value: value, endValue: row[12], isAnchored: row[13],
                             rangeInSentence: (row[14] as Int)..<(row[15] as Int), originalRange: (row[16] as Int)..<(row[17] as Int))
    }
}
