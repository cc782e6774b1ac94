import DossierIndex

/// The notes as the effect runner read or saved them, placed in the documents as they are now.
public struct NotesUpdate: Sendable, Equatable {
    public var placed: [PlacedNote]
    /// Notes whose latest change is not in the notes file yet.
    public var unsaved: Set<String>
    /// Why the notes file could not be read or written.
    public var problem: NoteStoreError?
    /// It answers a change or a retry that the reducer counted as on its way.
    public var answersSave: Bool
    /// Where to offer to write the unsaved notes, in answer to a retry before quitting.
    public var rescuePath: String?

    public init(placed: [PlacedNote], unsaved: Set<String> = [], problem: NoteStoreError? = nil, answersSave: Bool = false,
                rescuePath: String? = nil) {
        self.placed = placed
        self.unsaved = unsaved
        self.problem = problem
        self.answersSave = answersSave
        self.rescuePath = rescuePath
    }
}
