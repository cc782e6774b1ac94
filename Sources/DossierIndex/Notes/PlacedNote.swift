/// A note with the place its sentence has in the index now, or none when the sentence is gone.
public struct PlacedNote: Sendable, Equatable {
    public var note: Note
    /// The note's document, when it is still in the corpus.
    public var document: DocumentSummary?
    /// Where the sentence is now; nil when it is no longer in the document (the note is orphaned).
    public var sentence: SentenceReference?

    public init(note: Note, document: DocumentSummary?, sentence: SentenceReference?) {
        self.note = note
        self.document = document
        self.sentence = sentence
    }

    public var isOrphaned: Bool { sentence == nil }
}
