/// Work the reducer asks for but does not do itself: queries, and requests to the terminal.
public enum Effect: Sendable, Equatable {
    /// Read a document for the reader, then focus `focus` if given.
    case openDocument(Int64, focus: Pane?)
    case redraw
    case quit
}
