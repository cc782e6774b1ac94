/// A link from a claim to a claim in another document, seen from the first: how they relate, and
/// the values in each that decided it.
public struct CrossReference: Sendable, Equatable {
    public var relation: ClaimRelation
    public var score: Double
    public var here: SentenceReference
    public var there: SentenceReference
    public var hereValues: [String]
    public var thereValues: [String]

    public init(relation: ClaimRelation, score: Double, here: SentenceReference, there: SentenceReference, hereValues: [String], thereValues: [String]) {
        self.relation = relation
        self.score = score
        self.here = here
        self.there = there
        self.hereValues = hereValues
        self.thereValues = thereValues
    }
}
