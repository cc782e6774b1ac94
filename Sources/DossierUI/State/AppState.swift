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
    public var message: StatusMessage?
    public var isRunning = true

    public init(corpusName: String, documents: [DocumentSummary], screen: Size, keymap: Keymap = .standard) {
        self.corpusName = corpusName
        self.documents = documents
        self.screen = screen
        self.keymap = keymap
    }

    public var layout: ScreenLayout { ScreenLayout(size: screen) }

    public var selectedDocument: DocumentSummary? {
        documents.indices.contains(documentCursor.selected) ? documents[documentCursor.selected] : nil
    }

    /// Where keys are looked up, most specific first.
    public var keyScopes: [KeyScope] {
        if search.isPromptOpen { return [.prompt] }
        if let overlay { return [overlay.keyScope, .global] }
        return [focus.keyScope, .global]
    }
}
