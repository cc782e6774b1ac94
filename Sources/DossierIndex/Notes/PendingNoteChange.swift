import Foundation

/// A change to the notes made by the user and not yet written to the notes file, complete enough
/// to be applied to the file whenever it can be written.
public enum PendingNoteChange: Sendable, Equatable {
    /// A new note or bookmark.
    case add(Note)
    /// New text for the note with this id, written at `at`.
    case edit(id: String, text: String, at: Date)

    /// The note the change is about.
    public var noteID: String {
        switch self {
        case .add(let note): return note.id
        case .edit(let id, _, _): return id
        }
    }

    /// Applies the change; false when it edits a note that is not there.
    @discardableResult
    public func apply(to notes: inout [Note]) -> Bool {
        switch self {
        case .add(let note):
            notes.removeAll { $0.id == note.id }
            notes.append(note)
            return true
        case let .edit(id, text, at):
            guard let index = notes.firstIndex(where: { $0.id == id }) else { return false }
            notes[index].text = text
            notes[index].updated = Note.timestamp(at)
            return true
        }
    }
}
