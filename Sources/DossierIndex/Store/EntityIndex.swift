import Foundation
import GRDB

/// Keeps the entity tables in step with the stored mentions and the user's corrections. Resolving
/// reads only the mention table, never the files, so it is cheap enough to run after every change.
enum EntityIndex {
    /// Whether the entities were resolved with other corrections than these.
    static func needsResolving(_ db: Database, overrides: EntityOverrides) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT overridesDigest FROM entityResolution") != overrides.digest
    }

    /// Rebuilds every entity from the mentions and applies the corrections; returns a note for
    /// each correction that named nothing, which is also kept for later readers.
    @discardableResult
    static func resolve(_ db: Database, overrides: EntityOverrides, resolver: EntityResolver = EntityResolver()) throws -> [String] {
        let summaries = try keySummaries(db)
        let entities = resolver.resolve(summaries, sharesContext: { (try? sharesContext($0, $1, db)) ?? false })
        let corrected = EntityCorrector(overrides: overrides).apply(to: entities, summaries: summaries)
        try replaceEntities(with: corrected.entities, in: db)
        try db.execute(sql: "UPDATE entityResolution SET overridesDigest = ?, notes = ?",
                       arguments: [overrides.digest, corrected.notes.joined(separator: "\n")])
        return corrected.notes
    }

    /// Whether the documents naming `first` and those naming `second` name a third thing in common
    /// (see `SharedContext`); asked only for the few surnames written with a title.
    static func sharesContext(_ first: String, _ second: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM mention a
                WHERE a.documentId IN (SELECT documentId FROM mention WHERE key = ?1)
                  AND a.key NOT IN (?1, ?2) AND (a.type = 'organization' OR (a.key LIKE '% %' AND coalesce(a.type, '') != 'place'))
                  AND a.key IN (SELECT b.key FROM mention b WHERE b.documentId IN (SELECT documentId FROM mention WHERE key = ?2)))
            """, arguments: [first, second]) ?? false
    }

    /// The notes the last resolving left.
    static func notes(_ db: Database) throws -> [String] {
        let text = try String.fetchOne(db, sql: "SELECT notes FROM entityResolution") ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// One summary per mention key, from aggregates rather than every mention row.
    static func keySummaries(_ db: Database) throws -> [EntityResolver.KeySummary] {
        var summaries: [String: EntityResolver.KeySummary] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT key, fullName, type, count(*), sum(confidence), max(confidence), text FROM mention GROUP BY key, fullName, type, text
            """)
        while let row = try rows.next() {
            let key: String = row[0]
            var summary = summaries[key] ?? EntityResolver.KeySummary(key: key)
            let count: Int = row[3]
            summary.fullNames[row[1], default: 0] += count
            summary.texts[row[6], default: 0] += count
            if let typeName: String = row[2], let type = EntityType(rawValue: typeName) {
                summary.addVote(for: type, confidence: row[5], mentions: count, totalConfidence: row[4])
            }
            summary.bestConfidence = max(summary.bestConfidence, row[5] as Double)
            summary.mentionCount += count
            summaries[key] = summary
        }
        return Array(summaries.values)
    }

    /// An id that stays the same when resolving again leaves the entity's keys as they were, so
    /// that what refers to entities by id (claims, the sidebar) survives unrelated changes.
    static func stableID(of entity: EntityResolver.Entity) -> Int64 {
        let key = entity.keys.min() ?? entity.name
        return Int64(bitPattern: UInt64(ContentHash.of(Data(key.utf8)), radix: 16) ?? 0) & 0x3FFF_FFFF_FFFF_FFFF | 1
    }

    private static func replaceEntities(with entities: [EntityResolver.Entity], in db: Database) throws {
        try db.execute(sql: "DELETE FROM entityKey")
        try db.execute(sql: "DELETE FROM entity")
        let insertEntity = try db.cachedStatement(sql: "INSERT INTO entity (id, name, type) VALUES (?, ?, ?)")
        let insertKey = try db.cachedStatement(sql: "INSERT OR REPLACE INTO entityKey (key, entityId) VALUES (?, ?)")
        var used = Set<Int64>()
        for entity in entities.sorted(by: { ($0.name, $0.type.rawValue) < ($1.name, $1.type.rawValue) }) {
            var id = stableID(of: entity)
            while !used.insert(id).inserted { id = id % Int64.max + 1 }
            try insertEntity.execute(arguments: [id, entity.name, entity.type.rawValue])
            for key in entity.keys.sorted() { try insertKey.execute(arguments: [key, id]) }
        }
        try db.execute(sql: """
            UPDATE entity SET mentionCount = counted.mentions, documentCount = counted.documents
            FROM (SELECT k.entityId AS id, count(*) AS mentions, count(DISTINCT m.documentId) AS documents
                  FROM mention m JOIN entityKey k ON k.key = m.key GROUP BY k.entityId) AS counted
            WHERE counted.id = entity.id
            """)
        try db.execute(sql: "DELETE FROM entityKey WHERE entityId IN (SELECT id FROM entity WHERE mentionCount = 0)")
        try db.execute(sql: "DELETE FROM entity WHERE mentionCount = 0")
    }
}
