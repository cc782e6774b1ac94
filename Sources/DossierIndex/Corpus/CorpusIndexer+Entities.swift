import Foundation
import GRDB

extension CorpusIndexer {
    /// Phase 2: finds the names in every document that has only its text, then resolves the
    /// corpus's entities whenever mentions or corrections changed since they last were.
    func findEntities(into report: inout SyncReport) throws {
        let pending = try documents(lastThrough: .text)
        if !pending.isEmpty {
            // Made here, not with the indexer, because its gazetteer takes a while to load and an
            // unchanged corpus never needs it.
            let recognizer = EntityRecognizer()
            let store = store
            try run(.entities, over: pending, batchSize: batchSizes.entities, into: &report) { batch in
                let documents = try store.database.read { try StoredDocuments.load(batch, $0) }
                return ConcurrentMap.map(documents) { ($0, recognizer.mentions(in: $0.document)) }
            } write: { found, db in
                let inserter = try MentionInserter(db)
                for (stored, mentions) in found {
                    try inserter.insert(mentions, of: stored.document, documentID: stored.id, firstSentenceID: stored.firstSentenceID)
                }
                try Self.entitiesChanged(db)
            }
        }
        try cancellation?.check()
        let (resolved, correctionsChanged) = try store.database.read { db in
            (try Bool.fetchOne(db, sql: "SELECT entitiesResolved FROM indexState") ?? false, try EntityIndex.needsResolving(db, overrides: overrides))
        }
        if !resolved || correctionsChanged {
            try resolveEntities()
            report.resolvedEntities = true
        }
        events?(.phaseFinished(.entities))
    }

    /// Resolves the stored mentions into entities again with the current corrections, first
    /// finding the names declared aliases that extraction did not find by itself. When the
    /// corrections changed, every claim is to be linked again, since they change what names
    /// mean; that is recorded in the same transaction. Call it while holding the writer lock.
    public func resolveEntities() throws {
        try store.detectingCorruption {
            try store.database.write { db in
                let correctionsChanged = try EntityIndex.needsResolving(db, overrides: overrides)
                try findAliasMentions(db)
                try EntityIndex.resolve(db, overrides: overrides)
                try db.execute(sql: "UPDATE indexState SET entitiesResolved = 1")
                if correctionsChanged { try Self.forgetClaims(of: nil, db) }
            }
        }
    }

    /// Replaces the mentions found for aliases with those the current aliases find. Only the
    /// documents whose text index matches the alias as a phrase are read again, from the index.
    private func findAliasMentions(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM mention WHERE fromAlias")
        for surface in overrides.aliases.keys.sorted() {
            let key = NameKey.of(surface)
            let alreadyFound = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM mention WHERE key = ?)", arguments: [key]) ?? false
            let phrase = QueryParser.parse("\"" + surface.replacingOccurrences(of: "\"", with: " ") + "\"").matchExpression
            guard !alreadyFound, let phrase else { continue }
            let documents = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT s.documentId FROM sentence_fts JOIN sentence s ON s.id = sentence_fts.rowid
                WHERE sentence_fts MATCH ? ORDER BY s.documentId
                """, arguments: [phrase])
            let finder = AliasFinder(surface: surface)
            let inserter = try MentionInserter(db)
            for stored in try StoredDocuments.load(documents, db) {
                let taken = try Row.fetchAll(db, sql: "SELECT start, \"end\" FROM mention WHERE documentId = ?", arguments: [stored.id])
                    .map { (row: Row) in (row[0] as Int)..<(row[1] as Int) }
                let mentions = finder.mentions(in: stored.document, avoiding: taken)
                try inserter.insert(mentions, of: stored.document, documentID: stored.id, firstSentenceID: stored.firstSentenceID, fromAlias: true)
            }
        }
    }
}
