/// The notes overlay's selection; the notes themselves are `AppState.notes`.
public struct NotesView: Sendable, Equatable {
    public var cursor = ListCursor()

    public init() {}
}
