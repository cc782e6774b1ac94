import DossierIndex

/// One row of the search results: a hit, or in grouped mode a document's heading.
public enum SearchResultRow: Sendable, Equatable {
    /// A document's heading: its title and path, and how many sentences in it match.
    case document(title: String, path: String, hits: Int)
    /// A hit, by its place in the results' hits.
    case hit(Int)

    public var hitIndex: Int? {
        if case .hit(let index) = self { return index }
        return nil
    }

    /// Flat: the hits best first. Grouped: the documents in the order of their best hit, each
    /// heading followed by its hits in reading order.
    static func rows(for results: SearchResults?, grouped: Bool) -> [SearchResultRow] {
        guard let hits = results?.hits else { return [] }
        guard grouped else { return hits.indices.map(SearchResultRow.hit) }
        var order: [Int64] = [], byDocument: [Int64: [Int]] = [:]
        for (index, hit) in hits.enumerated() {
            if byDocument[hit.documentID] == nil { order.append(hit.documentID) }
            byDocument[hit.documentID, default: []].append(index)
        }
        return order.flatMap { document -> [SearchResultRow] in
            let indices = (byDocument[document] ?? []).sorted { hits[$0].ordinal < hits[$1].ordinal }
            let first = hits[indices[0]]
            let count = results?.hitsPerDocument[document] ?? indices.count
            return [.document(title: first.documentTitle, path: first.documentPath, hits: count)] + indices.map(SearchResultRow.hit)
        }
    }
}
