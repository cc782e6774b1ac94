/// The notes as the user made them, whether or not the notes file holds them yet.
public struct NotesSnapshot: Sendable, Equatable {
    /// The file's notes with the unsaved changes applied.
    public var notes: [Note]
    /// Notes whose latest change is not in the file.
    public var unsavedIDs: Set<String>
    /// Why the file could not be read or written, when it could not.
    public var problem: NoteStoreError?
    /// How many changes the last attempt wrote to the file.
    public var written: Int

    public init(notes: [Note], unsavedIDs: Set<String> = [], problem: NoteStoreError? = nil, written: Int = 0) {
        self.notes = notes
        self.unsavedIDs = unsavedIDs
        self.problem = problem
        self.written = written
    }
}
