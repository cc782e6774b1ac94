import DossierIndex

/// The entity sidebar: which entities it lists, how they are filtered, the selected row, the
/// entity chosen with Enter, and a correction being typed.
public struct EntityState: Sendable, Equatable {
    /// Lists the whole corpus instead of the open document.
    public var showsCorpus = false
    /// What `entities` were loaded for; nil until the first list arrives.
    public private(set) var listedFor: EntityListScope?
    public private(set) var entities: [EntitySummary] = []
    /// The rows shown: `entities` that pass the filter, grouped by type.
    public private(set) var rows: [EntityRow] = []
    public var cursor = ListCursor()
    public var filter = LineEditor()
    /// The filter is being typed.
    public var isFiltering = false
    public var active: ActiveEntity?
    public var edit: EntityEdit?

    public init() {}

    /// What the sidebar should list with `document` open in the reader.
    public func scope(openDocument document: Int64?) -> EntityListScope {
        guard !showsCorpus, let document else { return .corpus }
        return .document(document)
    }

    /// Shows a freshly loaded list: the same list again (after a correction) keeps the selected
    /// entity selected when it is still there, another one (`*`, another document) opens at the top.
    public mutating func show(_ entities: [EntitySummary], for scope: EntityListScope, visible: Int) {
        let selectedName = scope == listedFor ? selected?.name : nil
        listedFor = scope
        self.entities = entities
        refilter(visible: visible, keeping: selectedName)
    }

    /// Applies the filter again after it changed.
    public mutating func refilter(visible: Int, keeping name: String? = nil) {
        let needle = QueryHighlighter.fold(filter.text.trimmingCharacters(in: .whitespaces))
        let kept = needle.isEmpty ? entities : entities.filter { QueryHighlighter.fold($0.name).contains(needle) }
        rows = EntityRow.rows(for: kept)
        let row = name.flatMap { name in rows.firstIndex { $0.entity?.name == name } } ?? rows.firstIndex { $0.entity != nil } ?? 0
        cursor = ListCursor()
        cursor.select(row, count: rows.count, visible: visible)
    }

    public var selected: EntitySummary? {
        rows.indices.contains(cursor.selected) ? rows[cursor.selected].entity : nil
    }

    /// Moves the selection by `delta` rows, over the type headings.
    public mutating func move(by delta: Int, visible: Int) {
        let rows = rows
        cursor.move(by: delta, count: rows.count, visible: visible) { rows[$0].entity != nil }
    }
}
