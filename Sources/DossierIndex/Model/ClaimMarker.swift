/// What the reader's gutter shows beside a claim: how many other documents it links to, and
/// whether any of them conflicts.
public struct ClaimMarker: Sendable, Equatable {
    public var sources: Int
    public var hasConflict: Bool

    public init(sources: Int, hasConflict: Bool) {
        self.sources = sources
        self.hasConflict = hasConflict
    }
}
