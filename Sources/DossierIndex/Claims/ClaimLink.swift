/// Two claims in different documents that bear on each other, with why.
public struct ClaimLink: Sendable, Equatable {
    public var first: Int64
    public var second: Int64
    public var relation: ClaimRelation
    /// How alike the two claims are, 0 to 1.
    public var score: Double
    /// The values that decided the relation, as written in each sentence ("$4 billion", "October 2020").
    public var firstValues: [String]
    public var secondValues: [String]

    public init(first: Int64, second: Int64, relation: ClaimRelation, score: Double, firstValues: [String] = [], secondValues: [String] = []) {
        self.first = first
        self.second = second
        self.relation = relation
        self.score = score
        self.firstValues = firstValues
        self.secondValues = secondValues
    }
}
