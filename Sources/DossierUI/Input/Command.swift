/// Everything a key can ask for, by a stable name that configuration files and the help overlay use.
public enum Command: String, Sendable, CaseIterable, Hashable {
    case focusNext = "focus.next"
    case focusPrevious = "focus.previous"
    case focusDocuments = "focus.documents"
    case focusReader = "focus.reader"
    case focusEntities = "focus.entities"
    case focusTimeline = "focus.timeline"
    case cursorDown = "cursor.down"
    case cursorUp = "cursor.up"
    case cursorTop = "cursor.top"
    case cursorBottom = "cursor.bottom"
    case halfPageDown = "page.half_down"
    case halfPageUp = "page.half_up"
    case pageDown = "page.down"
    case pageUp = "page.up"
    case openDocument = "document.open"
    case toggleHelp = "help.toggle"
    case closeOverlay = "overlay.close"
    case redraw = "app.redraw"
    case quit = "app.quit"

    /// A short description for the help overlay.
    public var summary: String {
        switch self {
        case .focusNext: return "Focus the next pane"
        case .focusPrevious: return "Focus the previous pane"
        case .focusDocuments: return "Focus the document list"
        case .focusReader: return "Focus the reader"
        case .focusEntities: return "Focus the entity sidebar"
        case .focusTimeline: return "Focus the timeline"
        case .cursorDown: return "Move down a row / scroll down a line"
        case .cursorUp: return "Move up a row / scroll up a line"
        case .cursorTop: return "Go to the top"
        case .cursorBottom: return "Go to the bottom"
        case .halfPageDown: return "Down half a page"
        case .halfPageUp: return "Up half a page"
        case .pageDown: return "Down a page"
        case .pageUp: return "Up a page"
        case .openDocument: return "Open the selected document"
        case .toggleHelp: return "Show or hide this help"
        case .closeOverlay: return "Close the overlay"
        case .redraw: return "Redraw the screen"
        case .quit: return "Quit"
        }
    }
}
