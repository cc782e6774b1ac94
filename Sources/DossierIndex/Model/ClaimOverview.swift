/// A claim as the claims view lists it: the sentence, how many documents agree with it, and how
/// many conflict.
public struct ClaimOverview: Sendable, Equatable {
    public var claim: SentenceReference
    /// Documents that state the same fact, this one included.
    public var corroboration: Int
    public var conflicts: Int
    public var related: Int

    public init(claim: SentenceReference, corroboration: Int, conflicts: Int, related: Int) {
        self.claim = claim
        self.corroboration = corroboration
        self.conflicts = conflicts
        self.related = related
    }
}
