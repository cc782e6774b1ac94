import Foundation
import GRDB

extension CorpusIndexer {
    /// Phase 4: reads the claims of every dated document and links them to the claims of the
    /// others, a batch at a time in document order, so that a sync resumed after any batch makes
    /// the same batches, and the same links, as one that never stopped.
    func linkClaims(into report: inout SyncReport) throws {
        let pending = try documents(lastThrough: .dates)
        let batchSize = max(1, batchSizes.claims)
        var clock = PhaseClock(phase: .claims, total: pending.count, events: events)
        // Each update also links again the groups removed documents left without their member.
        for start in stride(from: 0, to: pending.count, by: batchSize) {
            try cancellation?.check()
            let batch = Array(pending[start..<min(start + batchSize, pending.count)])
            try store.database.write { db in
                try ClaimIndex.update(db, documents: batch)
                try Self.record(batch, as: .claims, db)
                try db.execute(sql: "UPDATE indexState SET claimGroupsChanged = 0")
            }
            clock.advance(by: batch.count)
        }
        if pending.isEmpty, try store.database.read({ try Bool.fetchOne($0, sql: "SELECT claimGroupsChanged FROM indexState") ?? false }) {
            try store.database.write { db in
                try ClaimIndex.update(db, documents: [])
                try db.execute(sql: "UPDATE indexState SET claimGroupsChanged = 0")
            }
        }
        report.completed[.claims, default: 0] += pending.count
        events?(.phaseFinished(.claims))
    }

    /// Drops the claims and links of these documents (all of them when nil) and records that
    /// they are to be linked again, in the caller's transaction.
    static func forgetClaims(of documents: [Int64]?, _ db: Database) throws {
        if documents?.isEmpty == true { return }
        let linked = try Int64.fetchAll(db, sql: "SELECT id FROM document WHERE phase = ?", arguments: [IndexPhase.claims.rawValue])
        let forgotten = documents.map { Set($0).intersection(linked).sorted() } ?? linked
        guard !forgotten.isEmpty else { return }
        try ClaimIndex.forget(documents: forgotten, db)
        try db.execute(sql: "UPDATE document SET phase = ? WHERE id IN (SELECT value FROM json_each(?))",
                       arguments: [IndexPhase.dates.rawValue, JSONArray.of(forgotten)])
    }
}
