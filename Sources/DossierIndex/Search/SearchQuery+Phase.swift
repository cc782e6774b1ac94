extension SearchQuery {
    /// The last indexing phase whose results the query's filters read: entities for `entity:` and
    /// `type:`, dates for `after:` and `before:`, the text alone otherwise.
    public var neededPhase: IndexPhase {
        filters.map { filter -> IndexPhase in
            switch filter.field {
            case .doc: .text
            case .entity, .type: .entities
            case .after, .before: .dates
            }
        }.max() ?? .text
    }
}
