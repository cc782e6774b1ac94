import Foundation
import GRDB

/// Keeps claims and their cross-references in step with the documents: the claims of new and
/// changed documents are read and linked to the claims of every other document; the links
/// between unchanged documents stay as they were.
enum ClaimIndex {
    /// How many claims sharing rare features with a claim are compared with it at most.
    static let candidateLimit = 40
    /// How many links a claim keeps, best first: more would drown the reader.
    static let linksPerClaim = 6
    /// Features in more than this share of the claims (and at least ten) are too common to find candidates by.
    static let commonFeatureShare = 0.05

    /// Reads and links the claims of these documents (new or changed; their old claims are gone).
    static func update(_ db: Database, documents: [Int64]) throws {
        guard !documents.isEmpty else { return }
        let extractor = ClaimExtractor()
        let ordered = documents.sorted()
        for document in ordered { try store(try claims(ofDocument: document, extractor: extractor, db), db) }
        try recountFeatures(db)
        var linker = Linker(weights: try FeatureWeights(db), changed: Set(documents))
        for document in ordered { try linker.link(document: document, db) }
    }

    /// Drops the claims and links of documents whose claims are to be read again.
    static func forget(documents: [Int64], _ db: Database) throws {
        guard !documents.isEmpty else { return }
        let ids = "[" + documents.map(String.init).joined(separator: ",") + "]"
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

    // MARK: Reading claims

    private static func claims(ofDocument document: Int64, extractor: ClaimExtractor, _ db: Database) throws -> [Claim] {
        let sentences = try Row.fetchAll(db, sql: "SELECT id, text, start FROM sentence WHERE documentId = ? AND NOT inHeading ORDER BY ordinal",
                                         arguments: [document])
        let dates = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT t.sentenceId, t.start - s.start, t."end" - s.start, t.text, t.value, t.firstDay, t.lastDay, t.anchored
            FROM timex t JOIN sentence s ON s.id = t.sentenceId WHERE t.documentId = ?
            """, arguments: [document]), by: { $0[0] as Int64 })
        let mentions = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT m.sentenceId, m.start - s.start, m."end" - s.start, e.id, e.name, e.type
            FROM mention m JOIN sentence s ON s.id = m.sentenceId JOIN entityKey k ON k.key = m.key JOIN entity e ON e.id = k.entityId
            WHERE m.documentId = ?
            """, arguments: [document]), by: { $0[0] as Int64 })
        return sentences.compactMap { row in
            let id: Int64 = row[0]
            let found = (mentions[id] ?? []).compactMap { mention -> (range: Range<Int>, entity: ClaimEntity)? in
                guard let type = EntityType(rawValue: mention[5]) else { return nil }
                return ((mention[1] as Int)..<(mention[2] as Int), ClaimEntity(id: mention[3], name: mention[4], type: type))
            }
            let dated = (dates[id] ?? []).map { date in
                ((date[1] as Int)..<(date[2] as Int), ClaimDate(text: date[3], value: date[4], firstDay: date[5], lastDay: date[6], isAnchored: date[7]))
            }
            return extractor.claim(in: .init(id: id, documentID: document, text: row[1], mentions: found, dates: dated))
        }
    }

    private static func store(_ claims: [Claim], _ db: Database) throws {
        let encoder = JSONEncoder()
        let insertClaim = try db.cachedStatement(sql: "INSERT OR REPLACE INTO claim (sentenceId, documentId, data) VALUES (?, ?, ?)")
        let insertFeature = try db.cachedStatement(sql: "INSERT INTO claimFeature (feature, sentenceId, documentId) VALUES (?, ?, ?)")
        for claim in claims {
            try insertClaim.execute(arguments: [claim.sentenceID, claim.documentID, try encoder.encode(claim)])
            for feature in claim.features { try insertFeature.execute(arguments: [feature, claim.sentenceID, claim.documentID]) }
        }
    }

    private static func recountFeatures(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM claimFeatureCount")
        try db.execute(sql: "INSERT INTO claimFeatureCount (feature, claims) SELECT feature, count(*) FROM claimFeature GROUP BY feature")
    }

    // MARK: Linking

    /// How much each feature says, from how many claims have it.
    struct FeatureWeights {
        let counts: [String: Int]
        let claims: Int

        init(_ db: Database) throws {
            claims = try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0
            var counts: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT feature, claims FROM claimFeatureCount")
            while let row = try rows.next() { counts[row[0]] = row[1] }
            self.counts = counts
        }

        /// 1 for a feature of one claim, falling towards 0 as more of the corpus's claims have it.
        func factor(_ feature: String) -> Double {
            let count = Double(max(1, counts[feature] ?? 1))
            return log(1 + Double(claims) / count) / log(1 + Double(max(claims, 1)))
        }

        func isRare(_ feature: String) -> Bool {
            Double(counts[feature] ?? 0) <= max(10, ClaimIndex.commonFeatureShare * Double(claims))
        }
    }

    /// Links the claims of changed documents, each pair once: a claim is compared with the claims
    /// of unchanged documents and of changed documents linked before it.
    struct Linker {
        let weights: FeatureWeights
        let changed: Set<Int64>
        private var cache: [Int64: (claim: Claim, features: WeightedFeatures)] = [:]
        private var postings: [String: [(sentence: Int64, document: Int64)]] = [:]
        private let decoder = JSONDecoder()

        init(weights: FeatureWeights, changed: Set<Int64>) {
            self.weights = weights
            self.changed = changed
        }

        mutating func link(document: Int64, _ db: Database) throws {
            let comparator = ClaimComparator()
            let claims = try self.claims(where: "documentId = ?", [document], db)
            try loadPostings(for: Set(claims.flatMap(\.features).filter(weights.isRare)), db)
            for claim in claims {
                let features = WeightedFeatures(claim, corpusFactor: weights.factor)
                var links: [ClaimLink] = []
                for candidate in candidates(for: claim, features: features) {
                    let other = try self.claim(id: candidate, db)
                    if let link = comparator.link(claim, other.claim, similarity: features.similarity(to: other.features)) { links.append(link) }
                }
                for link in links.sorted(by: { $0.score > $1.score }).prefix(ClaimIndex.linksPerClaim) {
                    try Self.insert(link, firstDocument: document, secondDocument: try self.claim(id: link.second, db).claim.documentID, db)
                }
            }
        }

        /// The claims sharing the weightiest rare features with `claim`, in documents it may be linked to now.
        private func candidates(for claim: Claim, features: WeightedFeatures) -> [Int64] {
            var shared: [Int64: Double] = [:]
            for (feature, weight) in features.weights {
                for posting in postings[feature] ?? [] where posting.document != claim.documentID
                    && (!changed.contains(posting.document) || posting.document < claim.documentID) {
                    shared[posting.sentence, default: 0] += weight
                }
            }
            return shared.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(ClaimIndex.candidateLimit).map(\.key)
        }

        /// Reads which claims have each of these features, once per feature.
        private mutating func loadPostings(for features: Set<String>, _ db: Database) throws {
            let missing = features.filter { postings[$0] == nil }
            guard !missing.isEmpty else { return }
            for feature in missing { postings[feature] = [] }
            let rows = try Row.fetchCursor(db, sql: "SELECT feature, sentenceId, documentId FROM claimFeature WHERE feature IN (SELECT value FROM json_each(?))",
                                           arguments: [Self.jsonArray(missing)])
            while let row = try rows.next() { postings[row[0], default: []].append((row[1], row[2])) }
        }

        private mutating func claim(id: Int64, _ db: Database) throws -> (claim: Claim, features: WeightedFeatures) {
            if let cached = cache[id] { return cached }
            let claim = try claims(where: "sentenceId = ?", [id], db)[0]
            let prepared = (claim, WeightedFeatures(claim, corpusFactor: weights.factor))
            cache[id] = prepared
            return prepared
        }

        private func claims(where condition: String, _ arguments: StatementArguments, _ db: Database) throws -> [Claim] {
            try Data.fetchAll(db, sql: "SELECT data FROM claim WHERE \(condition)", arguments: arguments).map { try decoder.decode(Claim.self, from: $0) }
        }

        private static func insert(_ link: ClaimLink, firstDocument: Int64, secondDocument: Int64, _ db: Database) throws {
            let ordered = link.first < link.second
            try db.execute(sql: """
                INSERT OR REPLACE INTO claimLink (first, second, firstDocument, secondDocument, relation, score, firstValues, secondValues)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    ordered ? link.first : link.second, ordered ? link.second : link.first,
                    ordered ? firstDocument : secondDocument, ordered ? secondDocument : firstDocument,
                    link.relation.rawValue, link.score,
                    jsonStrings(ordered ? link.firstValues : link.secondValues), jsonStrings(ordered ? link.secondValues : link.firstValues),
                ])
        }

        static func jsonArray(_ strings: some Sequence<String>) -> String {
            jsonStrings(Array(strings))
        }

        static func jsonStrings(_ strings: [String]) -> String {
            String(decoding: (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8), as: UTF8.self)
        }
    }
}
