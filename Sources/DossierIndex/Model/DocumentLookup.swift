/// The answer to looking a document up by name.
public enum DocumentLookup: Sendable, Equatable {
    case found(DocumentSummary)
    case ambiguous([DocumentSummary])
    case none
}
