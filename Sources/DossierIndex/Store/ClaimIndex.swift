import Foundation
import GRDB

/// Keeps claim frames and their cross-references in step with the documents.
///
/// Frames are stored one row per frame and block key (subject with measure, or participant with
/// event). Sentences with the same words are one copy group (`CopyKey`), linked once through
/// its canonical member, the one first by document path and position; links join groups, so
/// copies are never linked to each other, and a corpus copied ten times links like one copy.
/// Every link is a pure function of the two canonical frames and documents, so updating a few
/// documents relinks exactly the groups whose canonical member changed and gives the links a
/// full rebuild gives.
enum ClaimIndex {
    /// Reads and links the claims of these documents (new or changed; their old claims are gone).
    static func update(_ db: Database, documents: [Int64]) throws {
        let read = documents.isEmpty ? [] : try ClaimReader().claims(ofDocuments: documents.sorted(), db)
        try store(read, db)
        let dirty = try dirtyGroups(newClaims: read.flatMap(\.sentences), db)
        guard !dirty.isEmpty else { return }
        try regroup(dirty, db)
        try ClaimLinker().link(groups: dirty, db)
    }

    /// Drops the claims and links of documents whose claims are to be read again.
    static func forget(documents: [Int64], _ db: Database) throws {
        guard !documents.isEmpty else { return }
        let ids = JSONArray.of(documents)
        for table in ["claimGroup", "claim", "documentSignature"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE documentId IN (SELECT value FROM json_each(?))", arguments: [ids])
        }
    }

    /// Reads the claims again and relinks them all.
    static func rebuild(_ db: Database) throws {
        for table in ["claimLink", "claimGroup", "claim", "documentSignature"] { try db.execute(sql: "DELETE FROM \(table)") }
        try update(db, documents: try Int64.fetchAll(db, sql: "SELECT id FROM document"))
    }

    // MARK: Storing frames

    private static func store(_ documents: [ClaimReader.DocumentClaims], _ db: Database) throws {
        let insertSignature = try BoundInsert("INSERT OR REPLACE INTO documentSignature (documentId, minima) VALUES (?, ?)", db)
        let insertFrame = try BoundInsert("INSERT OR IGNORE INTO claim (block, sentenceId, frame, documentId, copyKey, data) VALUES (?, ?, ?, ?, ?, ?)", db)
        let rows = ConcurrentMap.map(documents) { document in
            document.sentences.flatMap { sentence in
                sentence.frames.enumerated().flatMap { index, frame in
                    let data = FrameCodec.encode(frame)
                    return frame.blockKeys.map { (block: CopyKey.of($0), sentence: sentence.sentenceID, frame: index, document: sentence.documentID,
                                                 copyKey: sentence.copyKey, data: data) }
                }
            }
        }
        for document in documents {
            try insertSignature.insert { row in
                row.add(document.documentID)
                row.add(document.signature.bytes)
            }
        }
        for row in rows.joined().sorted(by: { ($0.block, $0.sentence, $0.frame) < ($1.block, $1.sentence, $1.frame) }) {
            try insertFrame.insert { insert in
                insert.add(row.block)
                insert.add(row.sentence)
                insert.add(Int64(row.frame))
                insert.add(row.document)
                insert.add(row.copyKey)
                insert.add(row.data)
            }
        }
    }

    // MARK: Copy groups

    /// Groups to link again: those without a canonical member (new, or whose member went with
    /// its document) and those a new claim now comes first in.
    private static func dirtyGroups(newClaims: [ClaimReader.ClaimSentence], _ db: Database) throws -> [Int64] {
        var dirty = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT copyKey FROM claim WHERE copyKey NOT IN (SELECT copyKey FROM claimGroup)"))
        let joined = Set(newClaims.map(\.copyKey)).subtracting(dirty)
        guard !joined.isEmpty else { return dirty.sorted() }
        let canonical = try Dictionary(Row.fetchAll(db, sql: """
            SELECT g.copyKey, d.path, s.ordinal FROM claimGroup g JOIN sentence s ON s.id = g.sentenceId JOIN document d ON d.id = g.documentId
            WHERE g.copyKey IN (SELECT value FROM json_each(?))
            """, arguments: [JSONArray.of(joined)]).map { ($0[0] as Int64, Position(path: $0[1], ordinal: $0[2])) }, uniquingKeysWith: { first, _ in first })
        let positions = try positions(of: newClaims.filter { joined.contains($0.copyKey) }.map(\.sentenceID), db)
        for claim in newClaims where joined.contains(claim.copyKey) {
            if let current = canonical[claim.copyKey], let mine = positions[claim.sentenceID], mine < current { dirty.insert(claim.copyKey) }
        }
        return dirty.sorted()
    }

    /// Where a sentence stands, to choose a group's canonical member the same way whatever order documents came in.
    struct Position: Comparable {
        var path: String
        var ordinal: Int

        static func < (left: Position, right: Position) -> Bool {
            (left.path, left.ordinal) < (right.path, right.ordinal)
        }
    }

    private static func positions(of sentences: [Int64], _ db: Database) throws -> [Int64: Position] {
        guard !sentences.isEmpty else { return [:] }
        return try Dictionary(Row.fetchAll(db, sql: """
            SELECT s.id, d.path, s.ordinal FROM sentence s JOIN document d ON d.id = s.documentId WHERE s.id IN (SELECT value FROM json_each(?))
            """, arguments: [JSONArray.of(sentences)]).map { ($0[0] as Int64, Position(path: $0[1], ordinal: $0[2])) }, uniquingKeysWith: { first, _ in first })
    }

    /// Chooses each dirty group's canonical member afresh; removing the old one drops its links.
    private static func regroup(_ dirty: [Int64], _ db: Database) throws {
        let keys = JSONArray.of(dirty)
        try db.execute(sql: "DELETE FROM claimGroup WHERE copyKey IN (SELECT value FROM json_each(?))", arguments: [keys])
        var best: [Int64: (position: Position, sentence: Int64, document: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT c.copyKey, c.sentenceId, c.documentId, d.path, s.ordinal FROM claim c
            JOIN sentence s ON s.id = c.sentenceId JOIN document d ON d.id = c.documentId WHERE c.copyKey IN (SELECT value FROM json_each(?))
            """, arguments: [keys]) {
            let key: Int64 = row[0]
            let position = Position(path: row[3], ordinal: row[4])
            if best[key].map({ position < $0.position }) ?? true { best[key] = (position, row[1], row[2]) }
        }
        let insert = try BoundInsert("INSERT INTO claimGroup (copyKey, sentenceId, documentId) VALUES (?, ?, ?)", db)
        for key in dirty {
            guard let member = best[key] else { continue }
            try insert.insert { row in
                row.add(key)
                row.add(member.sentence)
                row.add(member.document)
            }
        }
    }
}
