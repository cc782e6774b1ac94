/// An entity as a list shows it: its name, type, and how often it is mentioned where the list looks.
public struct EntitySummary: Sendable, Equatable, Identifiable, Hashable {
    /// Valid until the entities are resolved again (after a sync or a correction); names last longer.
    public var id: Int64
    public var name: String
    public var type: EntityType
    /// Mentions in the scope asked for: one document or the corpus.
    public var mentions: Int
    /// Documents mentioning it anywhere in the corpus.
    public var documents: Int

    public init(id: Int64, name: String, type: EntityType, mentions: Int, documents: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.mentions = mentions
        self.documents = documents
    }
}
