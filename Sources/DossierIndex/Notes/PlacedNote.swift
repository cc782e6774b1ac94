/// A note with the place its sentence has in the index now, or none when the sentence is gone.
public struct PlacedNote: Sendable, Equatable {
    public var note: Note
    /// The note's document, when it is still in the corpus.
    public var document: DocumentSummary?
    /// Where the sentence is now; nil when it is no longer in the document (the note is orphaned).
    public var sentence: SentenceReference?
    /// The sentence's words are no longer those the note was written on: it was found again as the
    /// sentence most like them.
    public var sentenceChanged: Bool

    public init(note: Note, document: DocumentSummary?, sentence: SentenceReference?, sentenceChanged: Bool = false) {
        self.note = note
        self.document = document
        self.sentence = sentence
        self.sentenceChanged = sentenceChanged
    }

    public var isOrphaned: Bool { sentence == nil }
}
