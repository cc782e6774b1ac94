import Foundation
import GRDB

/// Keeps the dates documents mention in the `timex` table, each with the days it covers so that
/// the timeline sorts and filters in SQL, and re-dates documents whose date the user set in
/// dossier.toml from the stored sentences, without reading the files again.
enum TimexIndex {
    /// Stores a document's temporal expressions; ranges are relative to their sentences.
    static func insert(_ dates: [(sentence: Int, expression: TemporalExpression)], sentenceStarts: [Int], offsetMap: OffsetMap,
                       documentID: Int64, firstSentenceID: Int64, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO timex (documentId, sentenceId, start, "end", originalStart, originalEnd, text, value, modifier, endValue, anchored,
                               firstDay, lastDay)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (sentence, expression) in dates where sentenceStarts.indices.contains(sentence) {
            guard let value = TimexValue(expression.value, modifier: expression.modifier) else { continue }
            let last = expression.endValue.flatMap { TimexValue($0) }?.lastDay ?? value.lastDay
            let start = sentenceStarts[sentence] + expression.range.lowerBound, end = sentenceStarts[sentence] + expression.range.upperBound
            let original = offsetMap.originalRange(of: start..<end)
            try statement.execute(arguments: [
                documentID, firstSentenceID + Int64(sentence), start, end, original.lowerBound, original.upperBound, expression.text,
                expression.value, expression.modifier?.rawValue, expression.endValue, expression.isAnchored, value.firstDay, max(last, value.firstDay),
            ])
        }
    }

    /// Gives every document the date dossier.toml sets for it (or, with the entry gone, its own
    /// again; an inferred date only when it agrees with its folder's), and values its relative
    /// dates afresh against it. Returns the documents re-dated.
    @discardableResult
    static func applyDateOverrides(_ overrides: [String: String], tagger: TemporalTagger = TemporalTagger(), in db: Database) throws -> [Int64] {
        let rows = try Row.fetchAll(db, sql: "SELECT id, path, date, dateSource, declaredDate, inferredDate FROM document")
        let outliers = FolderDating.outliers(rows.compactMap { row in
            let declared: String? = row["declaredDate"], inferred: String? = row["inferredDate"]
            guard let date = declared ?? inferred, let year = Int(date.prefix(4)) else { return nil }
            return FolderDating.Dated(path: row["path"], year: year, isInferred: declared == nil)
        })
        var redated: [Int64] = []
        for row in rows {
            let path: String = row["path"]
            let dating = DocumentDating(declared: row["declaredDate"], inferred: row["inferredDate"], override: overrides[path],
                                        inferredIsOutlier: outliers.contains(path))
            guard dating.date != row["date"] || dating.source?.rawValue != row["dateSource"] else { continue }
            let id: Int64 = row["id"]
            try db.execute(sql: "UPDATE document SET date = ?, dateInferred = ?, dateSource = ? WHERE id = ?",
                           arguments: [dating.date, dating.isInferred, dating.source?.rawValue, id])
            try retag(documentID: id, date: dating.date, tagger: tagger, in: db)
            redated.append(id)
        }
        return redated
    }

    /// Tags the stored sentences of one document again against `date`.
    private static func retag(documentID: Int64, date: String?, tagger: TemporalTagger, in db: Database) throws {
        try db.execute(sql: "DELETE FROM timex WHERE documentId = ?", arguments: [documentID])
        guard let document = try Row.fetchOne(db, sql: "SELECT firstSentenceId, offsetMap FROM document WHERE id = ?", arguments: [documentID]),
              let offsetMap = OffsetMap(serialized: document["offsetMap"]) else { return }
        let sentences = try Row.fetchAll(db, sql: "SELECT text, start FROM sentence WHERE documentId = ? ORDER BY ordinal", arguments: [documentID])
        let dates = tagger.expressions(inSentences: sentences.map { $0["text"] }, documentDate: date)
        try insert(dates, sentenceStarts: sentences.map { $0["start"] }, offsetMap: offsetMap, documentID: documentID,
                   firstSentenceID: document["firstSentenceId"], in: db)
    }
}
