import Foundation
import GRDB

extension CorpusIndexer {
    /// Resolves the stored mentions into entities again with the current corrections, first
    /// finding the names declared aliases that extraction did not find by itself.
    public func resolveEntities() throws {
        try store.detectingCorruption {
            try store.database.write { db in
                try findAliasMentions(db)
                try EntityIndex.resolve(db, overrides: overrides)
            }
        }
    }

    /// Replaces the mentions found for aliases with those the current aliases find. Only the
    /// documents whose text index matches the alias as a phrase are read again.
    private func findAliasMentions(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM mention WHERE fromAlias")
        for surface in overrides.aliases.keys.sorted() {
            let key = NameKey.of(surface)
            let alreadyFound = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM mention WHERE key = ?)", arguments: [key]) ?? false
            let phrase = QueryParser.parse("\"" + surface.replacingOccurrences(of: "\"", with: " ") + "\"").matchExpression
            guard !alreadyFound, let phrase else { continue }
            let documents = try Row.fetchAll(db, sql: """
                SELECT DISTINCT d.id, d.path, d.firstSentenceId, d.contentHash FROM sentence_fts
                JOIN sentence s ON s.id = sentence_fts.rowid JOIN document d ON d.id = s.documentId
                WHERE sentence_fts MATCH ?
                """, arguments: [phrase])
            let finder = AliasFinder(surface: surface)
            for row in documents {
                try insertAliasMentions(finder, documentID: row[0], path: row[1], firstSentenceID: row[2], hash: row[3], in: db)
            }
        }
    }

    /// Reads the document again to find the alias in it; a file changed since it was indexed is
    /// left for the next sync, since its offsets would no longer match the stored sentences.
    private func insertAliasMentions(_ finder: AliasFinder, documentID: Int64, path: String, firstSentenceID: Int64, hash: String?,
                                     in db: Database) throws {
        let url = root.appendingPathComponent(path)
        guard let data = try? Data(contentsOf: url), ContentHash.of(data) == hash,
              case .success(let document) = loader.load(data: data, format: DocumentLoader.Format(pathExtension: url.pathExtension) ?? .plain)
        else { return }
        let taken = try Row.fetchAll(db, sql: "SELECT start, \"end\" FROM mention WHERE documentId = ?", arguments: [documentID])
            .map { (row: Row) in (row[0] as Int)..<(row[1] as Int) }
        let mentions = finder.mentions(in: document, avoiding: taken)
        try MentionInserter(db).insert(mentions, of: document, documentID: documentID, firstSentenceID: firstSentenceID, fromAlias: true)
    }
}
