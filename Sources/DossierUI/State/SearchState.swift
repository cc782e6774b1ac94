import DossierIndex

/// The search prompt, its live results, the committed search the reader highlights, and history.
public struct SearchState: Sendable, Equatable {
    public var isPromptOpen = false
    public var editor = LineEditor()
    /// Results for the prompt's latest text; nil until the first answer comes.
    public var results: SearchResults?
    /// Selected row among `rows`.
    public var cursor = ListCursor()
    /// The results are grouped by document (Tab toggles).
    public var isGrouped = false
    /// Counts searches asked for, so that a late answer to an older query is ignored.
    public var generation = 0
    public var active: ActiveSearch?
    public var history = SearchHistory()
    /// The pane that had focus before the prompt opened, to return to.
    public var focusBeforePrompt: Pane = .documents

    public init() {}

    /// The rows the results show: hits best first, or grouped under their documents.
    public var rows: [SearchResultRow] { SearchResultRow.rows(for: results, grouped: isGrouped) }

    public var selectedHit: SearchHit? {
        let rows = rows
        guard rows.indices.contains(cursor.selected), let index = rows[cursor.selected].hitIndex, let hits = results?.hits else { return nil }
        return hits[index]
    }

    /// Selects the first hit, as when new results arrive.
    public mutating func selectFirstHit(visible: Int) {
        cursor = ListCursor()
        moveSelection(by: 0, visible: visible)
    }

    /// Moves the selection by `delta` rows, over the documents' headings.
    public mutating func moveSelection(by delta: Int, visible: Int) {
        let rows = rows
        cursor.move(by: delta, count: rows.count, visible: visible) { rows[$0].hitIndex != nil }
    }

    /// Groups the results by document or lists them flat again, keeping the selected hit selected.
    public mutating func toggleGrouping(visible: (Bool) -> Int) {
        let selected = rows.indices.contains(cursor.selected) ? rows[cursor.selected].hitIndex : nil
        isGrouped.toggle()
        let rows = rows
        cursor = ListCursor()
        let row = selected.flatMap { hit in rows.firstIndex { $0.hitIndex == hit } } ?? 0
        if isGrouped, row > 0, rows[row - 1].hitIndex == nil { cursor.select(row - 1, count: rows.count, visible: visible(isGrouped)) }
        cursor.select(row, count: rows.count, visible: visible(isGrouped))
        moveSelection(by: 0, visible: visible(isGrouped))
    }
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
