/// A change to the notes file that the reducer asks for.
public enum NoteChange: Sendable, Equatable {
    /// A new note (a bookmark when `text` is empty) on the sentence with this ordinal.
    case add(documentID: Int64, ordinal: Int, text: String)
    /// New text for an existing note; empty text leaves a bookmark.
    case edit(id: String, text: String)
    /// Delete a note or bookmark: it is kept in the file, marked deleted, until the deleted notes are emptied.
    case delete(id: String)
    /// Bring a deleted note back.
    case restore(id: String)
    /// Remove the deleted notes from the file for good.
    case emptyDeleted
}
