import DossierIndex

/// The timeline pane: which events it narrows to, the events loaded for that, the selected row,
/// and a date span being typed.
public struct TimelineState: Sendable, Equatable {
    /// Only the events of the document open in the reader.
    public var onlyOpenDocument = false
    /// Only the events in sentences that name the entity chosen in the sidebar.
    public var onlyActiveEntity = false
    /// Only the events within a span the user typed.
    public var span: DateSpan?
    /// Nil until the first answer arrives.
    public private(set) var events: [TimelineEvent]?
    /// What `events` were loaded for, and what was last asked for.
    public private(set) var loadedFor: TimelineFilter?
    public var requested: TimelineFilter?
    public var cursor = ListCursor()
    public var spanEditor = LineEditor()
    /// The span is being typed.
    public var isEditingSpan = false

    public init() {}

    /// Shows freshly loaded events, keeping the selected event selected when it is still there.
    public mutating func show(_ events: [TimelineEvent], for filter: TimelineFilter, visible: Int) {
        let previous = selected
        self.events = events
        loadedFor = filter
        let row = previous.flatMap { old in events.firstIndex { $0.sentence.sentenceID == old.sentence.sentenceID && $0.text == old.text } } ?? 0
        cursor = ListCursor()
        cursor.select(row, count: events.count, visible: visible)
    }

    public var selected: TimelineEvent? {
        guard let events, events.indices.contains(cursor.selected) else { return nil }
        return events[cursor.selected]
    }

    /// What the pane narrows to, in words: "this document · Raisi · 2018..2022".
    public func scopeLabel(entityName: String?) -> String {
        var parts: [String] = []
        if onlyOpenDocument { parts.append("this document") }
        if onlyActiveEntity { parts.append(entityName ?? "no entity chosen") }
        if let span { parts.append(span.label) }
        return parts.isEmpty ? "all documents" : parts.joined(separator: " · ")
    }
}
