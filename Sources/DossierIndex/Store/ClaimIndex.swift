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

    /// Writes the claims and their features; encoding them is spread over every core.
    private static func store(_ claims: [Claim], _ db: Database) throws {
        let encoded = ConcurrentMap.map(claims, makeState: { JSONEncoder() }) { encoder, claim in
            (data: Result { try encoder.encode(claim) }, features: claim.features)
        }
        let insertClaim = try db.cachedStatement(sql: "INSERT OR REPLACE INTO claim (sentenceId, documentId, data) VALUES (?, ?, ?)")
        let insertFeature = try db.cachedStatement(sql: "INSERT INTO claimFeature (feature, sentenceId, documentId) VALUES (?, ?, ?)")
        for (claim, (data, features)) in zip(claims, encoded) {
            try insertClaim.execute(arguments: [claim.sentenceID, claim.documentID, try data.get()])
            for feature in features { try insertFeature.execute(arguments: [feature, claim.sentenceID, claim.documentID]) }
        }
    }

    private static func recountFeatures(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM claimFeatureCount")
        try db.execute(sql: "INSERT INTO claimFeatureCount (feature, claims) SELECT feature, count(*) FROM claimFeature GROUP BY feature")
    }
}
