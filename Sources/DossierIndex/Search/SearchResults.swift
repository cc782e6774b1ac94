/// The answer to a search: the best hits, how many there are in all and per document, and notes.
public struct SearchResults: Sendable, Equatable {
    public var query: SearchQuery
    /// Best first.
    public var hits: [SearchHit]
    /// Matching sentences counted, up to the engine's counting limit.
    public var totalHits: Int
    /// There are more than `totalHits` matches; counting stopped there.
    public var isTotalCapped: Bool
    public var hitsPerDocument: [Int64: Int]
    /// The query's notes and the engine's own, such as a filter that cannot work yet.
    public var notes: [String]

    public init(query: SearchQuery, hits: [SearchHit] = [], totalHits: Int = 0, isTotalCapped: Bool = false,
                hitsPerDocument: [Int64: Int] = [:], notes: [String] = []) {
        self.query = query
        self.hits = hits
        self.totalHits = totalHits
        self.isTotalCapped = isTotalCapped
        self.hitsPerDocument = hitsPerDocument
        self.notes = notes
    }

    public var documentCount: Int { hitsPerDocument.count }
}
