import Foundation
import GRDB

/// Keeps claims and their cross-references in step with the documents: the claims of new and
/// changed documents are read and linked to the claims of every other document; the links
/// between unchanged documents stay as they were.
enum ClaimIndex {
    /// Reads and links the claims of these documents (new or changed; their old claims are gone).
    static func update(_ db: Database, documents: [Int64]) throws {
        guard !documents.isEmpty else { return }
        let claims = try ClaimReader().claims(ofDocuments: documents.sorted(), db)
        try store(claims, db)
        try recountFeatures(db)
        try ClaimLinker(corpus: try FeatureWeights(db), changed: Set(documents)).link(claims, db)
    }

    /// Drops the claims and links of documents whose claims are to be read again.
    static func forget(documents: [Int64], _ db: Database) throws {
        guard !documents.isEmpty else { return }
        let ids = JSONArray.of(documents)
        let inDocuments = "IN (SELECT value FROM json_each(:ids))"
        for sql in ["DELETE FROM claimLink WHERE firstDocument \(inDocuments) OR secondDocument \(inDocuments)",
                    "DELETE FROM claimFeature WHERE documentId \(inDocuments)", "DELETE FROM claim WHERE documentId \(inDocuments)"] {
            try db.execute(sql: sql, arguments: ["ids": ids])
        }
    }

    /// Reads the claims again and relinks them all, as after entity corrections change what names mean.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM claimLink")
        try db.execute(sql: "DELETE FROM claimFeature")
        try db.execute(sql: "DELETE FROM claim")
        try update(db, documents: try Int64.fetchAll(db, sql: "SELECT id FROM document"))
    }

    // MARK: Storing claims

    /// Writes which sentences are claims, and their features in feature order, the order of the
    /// features' table, so that a new index appends to it instead of inserting all over it.
    private static func store(_ claims: [Claim], _ db: Database) throws {
        let storedClaims = try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0
        let insertClaim = try BoundInsert("INSERT OR REPLACE INTO claim (sentenceId, documentId) VALUES (?, ?)", db)
        for claim in claims {
            try insertClaim.insert { row in
                row.add(claim.sentenceID)
                row.add(claim.documentID)
            }
        }
        let features = ConcurrentMap.map(claims) { claim in claim.features.map { (feature: $0, sentence: claim.sentenceID, document: claim.documentID) } }
        try withoutDocumentIndex(if: claims.count > storedClaims, db) {
            let insertFeature = try BoundInsert("INSERT INTO claimFeature (feature, sentenceId, documentId) VALUES (?, ?, ?)", db)
            for feature in features.joined().sorted(by: { ($0.feature, $0.sentence) < ($1.feature, $1.sentence) }) {
                try insertFeature.insert { row in
                    row.add(feature.feature)
                    row.add(feature.sentence)
                    row.add(feature.document)
                }
            }
        }
    }

    /// Runs `write` without the features' document index when `bulk`, and builds it again after:
    /// features in feature order land all over that index, and sorting them once costs less than
    /// inserting more of them than it holds. A failure rolls the caller's transaction back, index and all.
    private static func withoutDocumentIndex(if bulk: Bool, _ db: Database, _ write: () throws -> Void) throws {
        guard bulk else { return try write() }
        try db.execute(sql: "DROP INDEX claimFeature_on_documentId")
        try write()
        try db.execute(sql: "CREATE INDEX claimFeature_on_documentId ON claimFeature(documentId)")
    }

    private static func recountFeatures(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM claimFeatureCount")
        try db.execute(sql: "INSERT INTO claimFeatureCount (feature, claims) SELECT feature, count(*) FROM claimFeature GROUP BY feature")
    }
}
