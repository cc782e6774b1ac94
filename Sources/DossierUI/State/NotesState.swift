import DossierIndex

/// The corpus's notes as last read from `.dossier/notes.json`, why they could not be read, and a
/// note being typed.
public struct NotesState: Sendable, Equatable {
    /// Nil until read.
    public var placed: [PlacedNote]?
    /// The notes file cannot be read; nothing is written until it is fixed.
    public var problem: String?
    /// The first read has been asked for.
    public var isRequested = false
    public var edit: NoteEdit?

    public init() {}

    /// The note on the sentence with this ordinal in a document, if there is one.
    public func note(onSentence ordinal: Int, in documentID: Int64) -> PlacedNote? {
        placed?.first { $0.sentence?.documentID == documentID && $0.sentence?.ordinal == ordinal }
    }
}
