/// A claim's features with their weights (rarity in English times rarity in the corpus, squared),
/// worked out once for the many comparisons a claim takes part in.
struct WeightedFeatures: Sendable {
    /// Feature numbers (see ``FeatureWeights``), ascending.
    let numbers: [Int32]
    /// The squared weight of each feature in `numbers`.
    let weights: [Double]
    /// The sum of the squared weights.
    let norm: Double

    init(_ claim: Claim, corpus: FeatureWeights) {
        let weighted = claim.features.compactMap { feature -> (number: Int32, weight: Double)? in
            guard let number = corpus.number(of: feature) else { return nil }
            let weight = claim.rarity(of: feature) * corpus.factor(number)
            return (number, weight * weight)
        }.sorted { $0.number < $1.number }
        numbers = weighted.map(\.number)
        weights = weighted.map(\.weight)
        norm = weights.reduce(0, +)
    }

    /// Cosine similarity of the two weighted feature sets, merging the two sorted lists.
    func similarity(to other: WeightedFeatures) -> Double {
        var shared = 0.0
        var mine = 0
        var theirs = 0
        while mine < numbers.count, theirs < other.numbers.count {
            if numbers[mine] < other.numbers[theirs] {
                mine += 1
            } else if numbers[mine] > other.numbers[theirs] {
                theirs += 1
            } else {
                shared += (weights[mine] * other.weights[theirs]).squareRoot()
                mine += 1
                theirs += 1
            }
        }
        let norms = norm * other.norm
        return norms > 0 ? shared / norms.squareRoot() : 0
    }
}
