import DossierIndex

/// Everything the explorer shows, as plain data: the reducer changes it, the views draw it.
public struct AppState: Sendable, Equatable {
    public var corpusName: String
    public var screen: Size
    public var keymap: Keymap
    public var focus: Pane = .documents
    public var documents: [DocumentSummary]
    /// A document's date being typed (`D`).
    public var dateEdit: DocumentDateEdit?
    public var documentCursor = ListCursor()
    public var reader = ReaderState()
    public var overlay: Overlay?
    public var search = SearchState()
    public var entities = EntityState()
    public var claims = ClaimState()
    public var timeline = TimelineState()
    public var commandLine = CommandLineState()
    /// The documents `:filter` narrowed the list to, if it did.
    public var documentFilter: DocumentFilter?
    public var jumps = JumpList()
    public var notes = NotesState()
    public var message: StatusMessage?
    /// A yes/no question waiting for its key.
    public var confirmation: Confirmation?
    public var themes = ThemeCycle()
    public var panes = PaneLayout()
    public var indexing = IndexingState()
    public var isRunning = true
    /// A line for the shell once the explorer has ended, such as where unsaved notes went.
    public var exitMessage: String?

    public init(corpusName: String, documents: [DocumentSummary], screen: Size, keymap: Keymap = .standard) {
        self.corpusName = corpusName
        self.documents = documents
        self.screen = screen
        self.keymap = keymap
    }

    public var layout: ScreenLayout {
        ScreenLayout(size: screen, sizes: panes.sizes(for: screen, focus: focus), zoomed: panes.isZoomed ? focus : nil)
    }

    /// The documents the list shows: all of them, or those that mention the chosen entity and
    /// match the `:filter` query.
    public var visibleDocuments: [DocumentSummary] {
        let counts = entities.active?.mentionCounts, matching = documentFilter?.documents
        guard counts != nil || matching != nil else { return documents }
        return documents.filter { (counts?[$0.id] != nil || counts == nil) && (matching?.contains($0.id) ?? true) }
    }

    public var selectedDocument: DocumentSummary? {
        let visible = visibleDocuments
        return visible.indices.contains(documentCursor.selected) ? visible[documentCursor.selected] : nil
    }

    /// Whether `pane` has the keys and so the heavy border: it is focused, and neither an overlay
    /// nor the search results cover the screen.
    public func hasFocus(_ pane: Pane) -> Bool {
        focus == pane && overlay == nil && !search.isPromptOpen
    }

    /// A line of text is being typed: a search, an entity filter, an entity correction, a date span, a note or a `:` command.
    public var isTyping: Bool {
        search.isPromptOpen || entities.isFiltering || entities.edit != nil || timeline.isEditingSpan || notes.edit != nil || commandLine.isOpen
            || notes.rescue != nil || dateEdit != nil
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
            if let rescue = notes.rescue { return rescue }
            if commandLine.isOpen { return commandLine.editor }
            if let edit = notes.edit { return edit.editor }
            if timeline.isEditingSpan { return timeline.spanEditor }
            if let edit = dateEdit { return edit.editor }
            if let edit = entities.edit { return edit.editor }
            return entities.isFiltering ? entities.filter : search.editor
        }
        set {
            if notes.rescue != nil {
                notes.rescue = newValue
            } else if commandLine.isOpen {
                commandLine.editor = newValue
            } else if notes.edit != nil {
                notes.edit?.editor = newValue
            } else if timeline.isEditingSpan {
                timeline.spanEditor = newValue
            } else if dateEdit != nil {
                dateEdit?.editor = newValue
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
        if confirmation != nil { return [.confirm] }
        if isTyping { return search.isPromptOpen ? [.search, .prompt] : [.prompt] }
        if let overlay { return [overlay.keyScope, .global] }
        return [focus.keyScope, .global]
    }
}
