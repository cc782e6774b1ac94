import DossierIndex

/// Everything the explorer shows, as plain data: the reducer changes it, the views draw it.
public struct AppState: Sendable, Equatable {
    public var corpusName: String
    public var screen: Size
    public var keymap: Keymap
    public var focus: Pane = .documents
    public var documents: [DocumentSummary]
    public var documentCursor = ListCursor()
    public var reader = ReaderState()
    public var overlay: Overlay?
    public var search = SearchState()
    public var entities = EntityState()
    public var claims = ClaimState()
    public var timeline = TimelineState()
    public var jumps = JumpList()
    public var notes = NotesState()
    public var message: StatusMessage?
    public var isRunning = true

    public init(corpusName: String, documents: [DocumentSummary], screen: Size, keymap: Keymap = .standard) {
        self.corpusName = corpusName
        self.documents = documents
        self.screen = screen
        self.keymap = keymap
    }

    public var layout: ScreenLayout { ScreenLayout(size: screen) }

    /// The documents the list shows: all of them, or those that mention the chosen entity.
    public var visibleDocuments: [DocumentSummary] {
        guard let counts = entities.active?.mentionCounts else { return documents }
        return documents.filter { counts[$0.id] != nil }
    }

    public var selectedDocument: DocumentSummary? {
        let visible = visibleDocuments
        return visible.indices.contains(documentCursor.selected) ? visible[documentCursor.selected] : nil
    }

    /// A line of text is being typed: a search, an entity filter, an entity correction, a date span or a note.
    public var isTyping: Bool {
        search.isPromptOpen || entities.isFiltering || entities.edit != nil || timeline.isEditingSpan || notes.edit != nil
    }

    /// The events the timeline should show now, from its switches and what is open and chosen;
    /// a switch on with nothing open or chosen asks for id -1, which matches no event.
    public var timelineFilter: TimelineFilter {
        TimelineFilter(documentID: timeline.onlyOpenDocument ? reader.document?.summary.id ?? -1 : nil,
                       entityID: timeline.onlyActiveEntity ? entities.active?.entity.id ?? -1 : nil, days: timeline.span?.days)
    }

    /// The editor that typing goes to, when one is open.
    var typingEditor: LineEditor {
        get {
            if let edit = notes.edit { return edit.editor }
            if timeline.isEditingSpan { return timeline.spanEditor }
            if let edit = entities.edit { return edit.editor }
            return entities.isFiltering ? entities.filter : search.editor
        }
        set {
            if notes.edit != nil {
                notes.edit?.editor = newValue
            } else if timeline.isEditingSpan {
                timeline.spanEditor = newValue
            } else if entities.edit != nil {
                entities.edit?.editor = newValue
            } else if entities.isFiltering {
                entities.filter = newValue
            } else {
                search.editor = newValue
            }
        }
    }

    /// Where keys are looked up, most specific first.
    public var keyScopes: [KeyScope] {
        if isTyping { return [.prompt] }
        if let overlay { return [overlay.keyScope, .global] }
        return [focus.keyScope, .global]
    }
}
