import DossierIndex

/// The search prompt, its live results, the committed search the reader highlights, and history.
public struct SearchState: Sendable, Equatable {
    public var isPromptOpen = false
    public var editor = LineEditor()
    /// Results for the prompt's latest text; nil until the first answer comes.
    public var results: SearchResults?
    /// Selected row among `results`.
    public var cursor = ListCursor()
    /// Counts searches asked for, so that a late answer to an older query is ignored.
    public var generation = 0
    public var active: ActiveSearch?
    public var history = SearchHistory()
    /// The pane that had focus before the prompt opened, to return to.
    public var focusBeforePrompt: Pane = .documents

    public init() {}
}

/// A committed search: its query, which documents hold hits, and the hits of the open document.
public struct ActiveSearch: Sendable, Equatable {
    public var query: SearchQuery
    /// Documents with at least one hit, in document-list order; nil until counted.
    public var documentsWithHits: [Int64]?
    /// The document whose hits are loaded.
    public var documentID: Int64?
    /// Hits of that document, in reading order.
    public var hits: [SearchHit] = []
    /// The hit `n` and `N` last went to, an index into `hits`.
    public var current: Int?
    /// Enter came before any result was chosen: open the first hit once the documents are known.
    public var opensFirstHitWhenCounted = false

    public init(query: SearchQuery) {
        self.query = query
    }
}
