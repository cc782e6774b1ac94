import Foundation

/// Okapi BM25 as FTS5's `bm25()` computes it (k1 = 1.2, b = 0.75, no phrase weighing less than
/// 10⁻⁶), from sentence lengths and phrase frequencies handed to it instead of looked up per row.
struct BM25: Sendable {
    var k1 = 1.2
    var b = 0.75
    /// How many sentences the index holds.
    var sentenceCount: Int
    var averageWordCount: Double

    /// How much a phrase found in `matchingSentences` sentences weighs: the rarer, the more.
    func weight(ofPhraseIn matchingSentences: Int) -> Double {
        let matching = Double(matchingSentences)
        let weight = log((Double(sentenceCount) - matching + 0.5) / (matching + 0.5))
        return weight > 0 ? weight : 1e-6
    }

    /// The score of a sentence of `wordCount` words in which phrase `i` occurs `frequencies[i]` times.
    func score(frequencies: [Int], weights: [Double], wordCount: Int) -> Double {
        let saturation = k1 * (1 - b + b * Double(wordCount) / averageWordCount)
        return zip(frequencies, weights).reduce(0) { total, phrase in
            let frequency = Double(phrase.0)
            return total + phrase.1 * frequency * (k1 + 1) / (frequency + saturation)
        }
    }
}
