import DossierIndex

/// The entity chosen in the sidebar: what the reader highlights, the document list narrows to,
/// and `n`/`N` step through.
public struct ActiveEntity: Sendable, Equatable {
    public var entity: EntitySummary
    /// Every way it is written, most frequent first.
    public var aliases: [String]
    /// The entities named most often in the same sentences.
    public var companions: [EntitySummary]
    /// Every mention, in document-list order and then reading order.
    public var mentions: [EntityMention]
    /// Mentions per document.
    public var mentionCounts: [Int64: Int]
    /// The mention `n` or `N` last went to, an index into `mentions`.
    public var current: Int?

    public init(entity: EntitySummary, aliases: [String], companions: [EntitySummary], mentions: [EntityMention],
                mentionCounts: [Int64: Int], current: Int? = nil) {
        self.entity = entity
        self.aliases = aliases
        self.companions = companions
        self.mentions = mentions
        self.mentionCounts = mentionCounts
        self.current = current
    }
}
