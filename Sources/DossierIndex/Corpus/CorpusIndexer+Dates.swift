import Foundation
import GRDB

extension CorpusIndexer {
    /// What the dates phase found for one document.
    struct Dated: Sendable {
        var stored: StoredDocuments.Stored
        var dating: DocumentDating
        var dates: [(sentence: Int, expression: TemporalExpression)]
    }

    /// Phase 3: dates every document that has its entities (the date it declares, else the one
    /// dossier.toml gives it, else the one its text suggests) and tags the dates it mentions; then
    /// re-dates documents whose entry in dossier.toml changed, whose claims are to be read again.
    func findDates(into report: inout SyncReport) throws {
        let pending = try documents(lastThrough: .entities)
        let (tagger, overrides, store) = (tagger, documentDates, store)
        try run(.dates, over: pending, batchSize: batchSizes.dates, into: &report) { batch in
            let documents = try store.database.read { try StoredDocuments.load(batch, $0) }
            return ConcurrentMap.map(documents) { stored in
                let declared = stored.document.metadata.date
                let dating = DocumentDating(declared: declared, inferred: declared == nil ? DocumentDateInference.date(of: stored.document) : nil,
                                            override: overrides[stored.path])
                return Dated(stored: stored, dating: dating, dates: tagger.expressions(in: stored.document, documentDate: dating.date))
            }
        } write: { dated, db in
            for document in dated { try Self.store(document, db) }
        }
        try cancellation?.check()
        try store.database.write { db in
            let redated = try TimexIndex.applyDateOverrides(documentDates, tagger: tagger, in: db)
            try Self.forgetClaims(of: redated, db)
        }
        events?(.phaseFinished(.dates))
    }

    private static func store(_ dated: Dated, _ db: Database) throws {
        let dating = dated.dating, document = dated.stored.document
        try db.execute(sql: "UPDATE document SET date = ?, dateInferred = ?, inferredDate = ?, dateSource = ? WHERE id = ?",
                       arguments: [dating.date, dating.isInferred, dating.inferred, dating.source?.rawValue, dated.stored.id])
        try TimexIndex.insert(dated.dates, sentenceStarts: document.sentences.map(\.range.lowerBound), offsetMap: document.offsetMap,
                              documentID: dated.stored.id, firstSentenceID: dated.stored.firstSentenceID, in: db)
    }
}
