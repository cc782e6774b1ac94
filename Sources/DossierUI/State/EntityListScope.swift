/// What the entity sidebar lists: the entities of one document, or of the whole corpus.
public enum EntityListScope: Sendable, Equatable {
    case document(Int64)
    case corpus

    /// The document listed, or nil for the corpus.
    public var documentID: Int64? {
        if case .document(let id) = self { return id }
        return nil
    }
}
