import DossierIndex

/// The documents `:filter` keeps: those with a match for its query.
public struct DocumentFilter: Sendable, Equatable {
    public var query: SearchQuery
    /// Nil until the index has answered.
    public var documents: Set<Int64>?

    public init(query: SearchQuery, documents: Set<Int64>? = nil) {
        self.query = query
        self.documents = documents
    }
}
