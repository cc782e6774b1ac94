import DossierIndex

/// The corpus's notes as last read from `.dossier/notes.json` with the changes not saved yet, why the
/// file could not be read or written, a note being typed, and quitting while notes are unsaved.
public struct NotesState: Sendable, Equatable {
    /// Nil until read.
    public var placed: [PlacedNote]?
    /// Notes whose latest change is kept in memory only: the file could not take it.
    public var unsaved: Set<String> = []
    /// The notes file cannot be read or written; changes are kept until it can.
    public var problem: String?
    /// The first read has been asked for.
    public var isRequested = false
    public var edit: NoteEdit?
    /// Saves asked for and not answered yet, so that quitting waits for them.
    public var savesInFlight = 0
    /// `q` was pressed: the unsaved notes are being tried once more before the explorer ends.
    public var isQuitting = false
    /// The file to write unsaved notes to before quitting, while the user names it.
    public var rescue: LineEditor?

    public init() {}

    /// Whether quitting must first see to notes the file does not hold.
    public var needsSavingBeforeQuit: Bool { !unsaved.isEmpty || savesInFlight > 0 }

    /// The ordinals of the document's sentences that carry an unsaved note.
    public func unsavedOrdinals(in documentID: Int64) -> Set<Int> {
        Set((placed ?? []).filter { unsaved.contains($0.note.id) && $0.sentence?.documentID == documentID }.compactMap { $0.sentence?.ordinal })
    }

    /// The note on the sentence with this ordinal in a document, if there is one.
    public func note(onSentence ordinal: Int, in documentID: Int64) -> PlacedNote? {
        placed?.first { $0.sentence?.documentID == documentID && $0.sentence?.ordinal == ordinal }
    }
}
