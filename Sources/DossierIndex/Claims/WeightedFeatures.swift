/// A claim's features with their weights (rarity in English times rarity in the corpus, squared),
/// worked out once for the many comparisons a claim takes part in.
struct WeightedFeatures {
    let weights: [String: Double]
    /// The sum of the squared weights.
    let norm: Double

    init(_ claim: Claim, corpusFactor: (String) -> Double) {
        var weights: [String: Double] = [:]
        for feature in claim.features {
            let weight = claim.rarity(of: feature) * corpusFactor(feature)
            weights[feature] = weight * weight
        }
        self.weights = weights
        norm = weights.values.reduce(0, +)
    }

    /// Cosine similarity of the two weighted feature sets.
    func similarity(to other: WeightedFeatures) -> Double {
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var shared = 0.0
        for (feature, weight) in small {
            if let otherWeight = large[feature] { shared += (weight * otherWeight).squareRoot() }
        }
        let norms = norm * other.norm
        return norms > 0 ? shared / norms.squareRoot() : 0
    }
}
