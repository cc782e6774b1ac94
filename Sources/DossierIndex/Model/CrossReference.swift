/// A link from a claim to a claim in another document, seen from the first: how they relate, how
/// sure the link is, the frames that decided it (whose slots point into each sentence), the
/// values in each, and the other files that hold the same sentences.
public struct CrossReference: Sendable, Equatable {
    public var relation: ClaimRelation
    /// The link's confidence, 0 to 1.
    public var score: Double
    public var here: SentenceReference
    public var there: SentenceReference
    public var hereValues: [String]
    public var thereValues: [String]
    public var hereFrame: ClaimFrame?
    public var thereFrame: ClaimFrame?
    /// Paths of other documents with the same sentence as `here` / `there`: copies, never counted as corroboration.
    public var hereCopies: [String]
    public var thereCopies: [String]

    public var confidence: Double { score }

    public init(relation: ClaimRelation, score: Double, here: SentenceReference, there: SentenceReference, hereValues: [String], thereValues: [String],
                hereFrame: ClaimFrame? = nil, thereFrame: ClaimFrame? = nil, hereCopies: [String] = [], thereCopies: [String] = []) {
        self.relation = relation
        self.score = score
        self.here = here
        self.there = there
        self.hereValues = hereValues
        self.thereValues = thereValues
        self.hereFrame = hereFrame
        self.thereFrame = thereFrame
        self.hereCopies = hereCopies
        self.thereCopies = thereCopies
    }
}
