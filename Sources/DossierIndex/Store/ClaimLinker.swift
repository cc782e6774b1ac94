import Foundation
import GRDB

/// Links the claims of changed documents, each pair once: a claim is compared with the claims
/// of unchanged documents and of changed documents numbered before its own. Finding candidates
/// and comparing are pure work and run on every core; only reading and writing the index does not.
struct ClaimLinker {
    /// How many claims sharing rare features with a claim are compared with it at most.
    static let candidateLimit = 40
    /// How many links a claim keeps, best first: more would drown the reader.
    static let linksPerClaim = 6

    let corpus: FeatureWeights
    let changed: Set<Int64>
    let comparator = ClaimComparator()

    /// A claim ready to compare.
    private struct Prepared: Sendable {
        let claim: Claim
        let features: WeightedFeatures
    }

    /// Links `claims`, the freshly stored claims of the changed documents, and stores the links.
    func link(_ claims: [Claim], _ db: Database) throws {
        let corpus = corpus
        let prepared = ConcurrentMap.map(claims) { Prepared(claim: $0, features: WeightedFeatures($0, corpus: corpus)) }
        let candidates = try candidates(for: prepared, db)
        let known = try withStoredCandidates(prepared, candidates: candidates, db)
        let links = ConcurrentMap.map(Array(zip(prepared, candidates))) { claim, candidates in
            bestLinks(claim, candidates.compactMap { known[$0] })
        }
        try store(links, of: prepared, db)
    }

    /// For each claim, the sentences of the claims worth comparing it with.
    private func candidates(for claims: [Prepared], _ db: Database) throws -> [[Int64]] {
        let postings = try ClaimPostings(features: Set(claims.flatMap(\.features.numbers).filter(corpus.isRare)), corpus: corpus, db)
        let slotsInChanged = postings.documents.map(changed.contains)
        return ConcurrentMap.map(claims, makeState: { ClaimPostings.Tally(size: postings.count) }) { tally, claim in
            candidatesFor(claim, in: postings, slotsInChanged: slotsInChanged, tally: &tally)
        }
    }

    /// The prepared claims by sentence, with the candidates of unchanged documents read again from their sentences.
    private func withStoredCandidates(_ claims: [Prepared], candidates: [[Int64]], _ db: Database) throws -> [Int64: Prepared] {
        var known = Dictionary(claims.map { ($0.claim.sentenceID, $0) }, uniquingKeysWith: { first, _ in first })
        for claim in try ClaimReader().claims(inSentences: Set(candidates.joined()).subtracting(known.keys), db) {
            known[claim.sentenceID] = Prepared(claim: claim, features: WeightedFeatures(claim, corpus: corpus))
        }
        return known
    }

    private func store(_ links: [[(ClaimLink, Int64)]], of claims: [Prepared], _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO claimLink (first, second, firstDocument, secondDocument, relation, score, firstValues, secondValues)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (claim, claimLinks) in zip(claims, links) {
            for (link, otherDocument) in claimLinks {
                try Self.insert(link, firstDocument: claim.claim.documentID, secondDocument: otherDocument, with: insert)
            }
        }
    }

    /// The claims sharing the weightiest rare features with `claim`, in documents it may be linked
    /// to now. `slotsInChanged` tells for each slot of `postings` whether its document changed.
    private func candidatesFor(_ claim: Prepared, in postings: ClaimPostings, slotsInChanged: [Bool], tally: inout ClaimPostings.Tally) -> [Int64] {
        let document = claim.claim.documentID
        for (number, weight) in zip(claim.features.numbers, claim.features.weights) {
            for slot in postings.slots(of: number) {
                let other = postings.documents[Int(slot)]
                if other != document && (!slotsInChanged[Int(slot)] || other < document) { tally.add(weight, to: slot) }
            }
        }
        return tally.best(Self.candidateLimit, sentences: postings.sentences)
    }

    /// The links worth keeping between `claim` and its candidates, best first, with the other claim's document.
    private func bestLinks(_ claim: Prepared, _ candidates: [Prepared]) -> [(ClaimLink, Int64)] {
        let links = candidates.compactMap { other in
            comparator.link(claim.claim, other.claim, similarity: claim.features.similarity(to: other.features)).map { ($0, other.claim.documentID) }
        }
        return Array(links.sorted { $0.0.score > $1.0.score }.prefix(Self.linksPerClaim))
    }

    private static func insert(_ link: ClaimLink, firstDocument: Int64, secondDocument: Int64, with statement: Statement) throws {
        let ordered = link.first < link.second
        try statement.execute(arguments: [
            ordered ? link.first : link.second, ordered ? link.second : link.first,
            ordered ? firstDocument : secondDocument, ordered ? secondDocument : firstDocument,
            link.relation.rawValue, link.score,
            JSONArray.of(ordered ? link.firstValues : link.secondValues), JSONArray.of(ordered ? link.secondValues : link.firstValues),
        ])
    }
}
