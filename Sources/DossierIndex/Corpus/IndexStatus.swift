/// How far the index has got: how many documents went through each phase, and whether the
/// corpus's entities are resolved. What a reader shows while a build is under way or was cut short.
public struct IndexStatus: Sendable, Equatable {
    /// Documents in the index, each through the text phase at least.
    public var documents: Int
    /// Documents that went through each phase (and every phase before it).
    public var through: [IndexPhase: Int]
    /// The entities were resolved from the mentions as they are now.
    public var entitiesResolved: Bool
    /// Removed documents left copy groups to link again through another member.
    public var claimGroupsChanged: Bool

    public init(documents: Int, through: [IndexPhase: Int], entitiesResolved: Bool, claimGroupsChanged: Bool = false) {
        self.documents = documents
        self.through = through
        self.entitiesResolved = entitiesResolved
        self.claimGroupsChanged = claimGroupsChanged
    }

    /// Whether every document went through `phase`, and the corpus too when the phase has corpus-wide work.
    public func isComplete(through phase: IndexPhase) -> Bool {
        (through[phase] ?? 0) == documents && (phase < .entities || entitiesResolved) && (phase < .claims || !claimGroupsChanged)
    }

    /// The first phase not every document went through, or nil when the index is complete.
    public var unfinishedPhase: IndexPhase? {
        IndexPhase.allCases.first { !isComplete(through: $0) }
    }
}
