import Foundation
import GRDB

/// Which stored claims have each of some features, read from the index in one query. Each claim
/// found gets a slot number, so that the shared weight of many claims can be tallied in an array.
struct ClaimPostings: Sendable {
    /// The sentence and the document of the claim in each slot.
    private(set) var sentences: [Int64] = []
    private(set) var documents: [Int64] = []
    private var slotsByFeature: [Int32: [Int32]] = [:]

    var count: Int { sentences.count }

    init(features: Set<Int32>, corpus: FeatureWeights, _ db: Database) throws {
        guard !features.isEmpty else { return }
        var slotOfSentence: [Int64: Int32] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT feature, sentenceId, documentId FROM claimFeature WHERE feature IN (SELECT value FROM json_each(?))",
                                       arguments: [JSONArray.of(features.map(corpus.name))])
        while let row = try rows.next() {
            guard let number = corpus.number(of: row[0]) else { continue }
            let sentence: Int64 = row[1]
            let slot = slotOfSentence[sentence] ?? {
                sentences.append(sentence)
                documents.append(row[2])
                slotOfSentence[sentence] = Int32(sentences.count - 1)
                return Int32(sentences.count - 1)
            }()
            slotsByFeature[number, default: []].append(slot)
        }
    }

    /// The slots of the claims that have the feature.
    func slots(of feature: Int32) -> [Int32] {
        slotsByFeature[feature] ?? []
    }

    /// Sums of shared weight by slot for one claim at a time, reset as the best are taken, so
    /// that one array serves every claim a thread compares.
    struct Tally {
        private var sums: [Double]
        private var touched: [Int32] = []

        init(size: Int) {
            sums = Array(repeating: 0, count: size)
        }

        mutating func add(_ weight: Double, to slot: Int32) {
            guard weight > 0 else { return }
            if sums[Int(slot)] == 0 { touched.append(slot) }
            sums[Int(slot)] += weight
        }

        /// The sentences of the `limit` slots with the largest sums, largest first and ties by
        /// sentence, after which the tally is empty again.
        mutating func best(_ limit: Int, sentences: [Int64]) -> [Int64] {
            var best: [(sum: Double, sentence: Int64)] = []
            for slot in touched {
                let entry = (sum: sums[Int(slot)], sentence: sentences[Int(slot)])
                sums[Int(slot)] = 0
                guard best.count < limit || Self.precedes(entry, best[best.count - 1]) else { continue }
                let index = best.firstIndex { Self.precedes(entry, $0) } ?? best.count
                best.insert(entry, at: index)
                if best.count > limit { best.removeLast() }
            }
            touched.removeAll(keepingCapacity: true)
            return best.map(\.sentence)
        }

        private static func precedes(_ first: (sum: Double, sentence: Int64), _ second: (sum: Double, sentence: Int64)) -> Bool {
            first.sum > second.sum || (first.sum == second.sum && first.sentence < second.sentence)
        }
    }
}
