import GRDB

extension Corpus {
    /// Entities mentioned in one document, or in the whole corpus when `documentID` is nil, most
    /// mentioned first; `mentions` counts within that scope.
    public func entities(inDocument documentID: Int64? = nil, type: EntityType? = nil) throws -> [EntitySummary] {
        let typeClause = type == nil ? "" : "AND e.type = :type"
        let sql = documentID == nil ? """
            SELECT e.id, e.name, e.type, e.mentionCount, e.documentCount FROM entity e
            WHERE 1 \(typeClause) ORDER BY e.mentionCount DESC, e.name
            """ : """
            SELECT e.id, e.name, e.type, count(*) AS mentions, e.documentCount FROM mention m
            JOIN entityKey k ON k.key = m.key JOIN entity e ON e.id = k.entityId
            WHERE m.documentId = :document \(typeClause) GROUP BY e.id ORDER BY mentions DESC, e.name
            """
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        if let documentID { arguments["document"] = documentID }
        if let type { arguments["type"] = type.rawValue }
        return try read { db in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).compactMap(Self.entitySummary) }
    }

    public func entity(id: Int64) throws -> EntitySummary? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, type, mentionCount, documentCount FROM entity WHERE id = ?", arguments: [id])
                .flatMap(Self.entitySummary)
        }
    }

    /// Entities a user means by `name`: those with it as their name, or with all its words among
    /// the words of a name or alias; else, for a name still being typed, those with a word that
    /// starts with its last word. Most mentioned first.
    public func entities(matching name: String) throws -> [EntitySummary] {
        let key = NameKey.of(name)
        guard !key.isEmpty else { return [] }
        return try read { db in
            var ids = Set(try Int64.fetchAll(db, sql: """
                SELECT id FROM entity WHERE name = ?
                """, arguments: [name]))
            ids.formUnion(try Self.entityIDs(withWordsOf: key, lastIsPrefix: false, db))
            if ids.isEmpty { ids = try Self.entityIDs(withWordsOf: key, lastIsPrefix: true, db) }
            return try Self.summaries(of: ids, db)
        }
    }

    private static func entityIDs(withWordsOf key: String, lastIsPrefix: Bool, _ db: Database) throws -> Set<Int64> {
        let words = key.split(separator: " ")
        var query = "SELECT DISTINCT entityId FROM entityKey WHERE 1"
        var arguments: [String] = []
        for (index, word) in words.enumerated() {
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            query += " AND ' ' || key || ' ' LIKE ? ESCAPE '\\'"
            arguments.append("% " + escaped + (lastIsPrefix && index == words.count - 1 ? "%" : " %"))
        }
        return Set(try Int64.fetchAll(db, sql: query, arguments: StatementArguments(arguments)))
    }

    private static func summaries(of ids: Set<Int64>, _ db: Database) throws -> [EntitySummary] {
        try Row.fetchAll(db, sql: """
            SELECT id, name, type, mentionCount, documentCount FROM entity WHERE id IN (SELECT value FROM json_each(?))
            ORDER BY mentionCount DESC, name
            """, arguments: [JSONArray.of(ids)]).compactMap(entitySummary)
    }

    /// Every way the entity is written in the corpus, most frequent first.
    public func aliases(of entityID: Int64) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT m.text FROM entityKey k JOIN mention m ON m.key = k.key WHERE k.entityId = ?
                GROUP BY m.text ORDER BY count(*) DESC, m.text
                """, arguments: [entityID])
        }
    }

    /// Every mention of the entity, in document-list order and then reading order.
    public func mentions(of entityID: Int64) throws -> [EntityMention] {
        let order = try documentOrder()
        return try read { db in
            try Self.mentions("k.entityId = ?", [entityID], db)
        }.sorted { (order[$0.documentID] ?? .max, $0.ordinal, $0.rangeInSentence.lowerBound)
            < (order[$1.documentID] ?? .max, $1.ordinal, $1.rangeInSentence.lowerBound) }
    }

    /// The mentions of entities in one document, in reading order.
    public func mentions(inDocument documentID: Int64) throws -> [EntityMention] {
        try read { db in try Self.mentions("m.documentId = ?", [documentID], db) }
    }

    /// How many times each document mentions the entity.
    public func mentionCounts(of entityID: Int64) throws -> [Int64: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.documentId, count(*) FROM entityKey k JOIN mention m ON m.key = k.key WHERE k.entityId = ? GROUP BY m.documentId
                """, arguments: [entityID])
            return Dictionary(rows.map { ($0[0] as Int64, $0[1] as Int) }, uniquingKeysWith: +)
        }
    }

    /// The entities named most often in the same sentences as this one, most shared first.
    public func entities(appearingWith entityID: Int64, limit: Int = 5) throws -> [EntitySummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.name, e.type, e.mentionCount, e.documentCount, count(DISTINCT m2.sentenceId) AS shared
                FROM entityKey k1 JOIN mention m1 ON m1.key = k1.key
                JOIN mention m2 ON m2.sentenceId = m1.sentenceId
                JOIN entityKey k2 ON k2.key = m2.key JOIN entity e ON e.id = k2.entityId
                WHERE k1.entityId = :id AND k2.entityId != :id
                GROUP BY e.id ORDER BY shared DESC, e.mentionCount DESC, e.name LIMIT :limit
                """, arguments: ["id": entityID, "limit": limit]).compactMap(Self.entitySummary)
        }
    }

    /// Notes on corrections in dossier.toml that named nothing when entities were last resolved.
    public func entityNotes() throws -> [String] {
        try read(EntityIndex.notes)
    }

    /// Writes a correction into the corpus's dossier.toml and resolves the entities again at once,
    /// then links the claims again, whose subjects are entities; no document is read again.
    /// Returns the notes the new corrections left.
    @discardableResult
    public func correct(_ correction: EntityCorrection) throws -> [String] {
        let overrides = try CorpusSettingsFile(corpusRoot: root).apply(correction)
        var indexer = CorpusIndexer(root: root, store: store, loader: loader)
        indexer.overrides = overrides
        indexer.documentDates = try CorpusSettingsFile(corpusRoot: root).documentOverrides().dates
        try indexer.finishPhases()
        return try entityNotes()
    }

    private func documentOrder() throws -> [Int64: Int] {
        Dictionary(uniqueKeysWithValues: try documents().enumerated().map { ($0.element.id, $0.offset) })
    }

    private static func mentions(_ condition: String, _ arguments: StatementArguments, _ db: Database) throws -> [EntityMention] {
        try Row.fetchAll(db, sql: """
            SELECT m.documentId, d.path, s.ordinal, m.start - s.start, m."end" - s.start, m.originalStart, m.originalEnd, m.text,
                   e.id, e.name, e.type
            FROM mention m JOIN entityKey k ON k.key = m.key JOIN entity e ON e.id = k.entityId
            JOIN sentence s ON s.id = m.sentenceId JOIN document d ON d.id = m.documentId
            WHERE \(condition) ORDER BY m.documentId, m.start
            """, arguments: arguments).compactMap { row in
            guard let type = EntityType(rawValue: row[10]) else { return nil }
            return EntityMention(documentID: row[0], documentPath: row[1], ordinal: row[2], rangeInSentence: (row[3] as Int)..<(row[4] as Int),
                                 originalRange: (row[5] as Int)..<(row[6] as Int), text: row[7], entityID: row[8], entityName: row[9], type: type)
        }
    }

    private static func entitySummary(_ row: Row) -> EntitySummary? {
        guard let type = EntityType(rawValue: row[2]) else { return nil }
        return EntitySummary(id: row[0], name: row[1], type: type, mentions: row[3], documents: row[4])
    }

    /// Each entity's first mention, in path order and then reading order: the sentence an export quotes for it.
    public func firstMentions() throws -> [Int64: SentenceReference] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT entityId, sentenceId, documentId, path, title, date, ordinal, text, originalStart, originalEnd FROM (
                    SELECT k.entityId, s.id AS sentenceId, s.documentId, d.path, d.title, d.date, s.ordinal, s.text, s.originalStart, s.originalEnd,
                           row_number() OVER (PARTITION BY k.entityId ORDER BY d.path, s.ordinal, m.start) AS rank
                    FROM mention m JOIN entityKey k ON k.key = m.key JOIN sentence s ON s.id = m.sentenceId JOIN document d ON d.id = s.documentId
                ) WHERE rank = 1
                """)
            return Dictionary(rows.map { row in
                (row[0] as Int64, SentenceReference(sentenceID: row[1], documentID: row[2], documentPath: row[3], documentTitle: row[4], documentDate: row[5],
                                                    ordinal: row[6], text: row[7], originalRange: (row[8] as Int)..<(row[9] as Int)))
            }, uniquingKeysWith: { first, _ in first })
        }
    }
}
