import Foundation

extension Corpus {
    /// Places each note in the corpus as it is now (see ``NoteAnchor``): a note whose sentence was
    /// edited by a word or two moves to the edited sentence, and one whose document or sentence is gone
    /// is kept, orphaned. Ordered as the document list, then by place in the document.
    public func place(_ notes: [Note]) throws -> [PlacedNote] {
        let documents = Dictionary(try documents().map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var placed: [PlacedNote] = []
        for (path, group) in Dictionary(grouping: notes, by: \.document) {
            guard let document = documents[path] else {
                placed += group.map { PlacedNote(note: $0, document: nil, sentence: nil) }
                continue
            }
            let sentences = try sentences(of: document.id)
            placed += group.map { note in
                let placement = NoteAnchor.place(note, in: sentences)
                return PlacedNote(note: note, document: document, sentence: placement.map { Self.reference(to: $0.sentence, in: document) },
                                  sentenceChanged: placement?.isChanged ?? false)
            }
        }
        return placed.sorted(by: Self.isListedBefore)
    }

    /// A new note (or bookmark, with no text) on the sentence with this ordinal, or nil when the
    /// document has no such sentence.
    public func note(onSentence ordinal: Int, inDocument documentID: Int64, text: String = "") throws -> Note? {
        guard let document = try document(id: documentID), let sentence = try sentences(of: documentID).first(where: { $0.ordinal == ordinal }) else {
            return nil
        }
        return Note(document: document.path, sentence: sentence.text, ordinal: sentence.ordinal, start: sentence.originalRange.lowerBound,
                    end: sentence.originalRange.upperBound, text: text)
    }

    private static func reference(to sentence: IndexedSentence, in document: DocumentSummary) -> SentenceReference {
        SentenceReference(sentenceID: sentence.id, documentID: document.id, documentPath: document.path, documentTitle: document.title,
                          documentDate: document.date, ordinal: sentence.ordinal, text: sentence.text, originalRange: sentence.originalRange)
    }

    private static func isListedBefore(_ left: PlacedNote, _ right: PlacedNote) -> Bool {
        if left.note.document != right.note.document { return NaturalOrder.areInIncreasingOrder(left.note.document, right.note.document) }
        let leftOrdinal = left.sentence?.ordinal ?? left.note.ordinal, rightOrdinal = right.sentence?.ordinal ?? right.note.ordinal
        if leftOrdinal != rightOrdinal { return leftOrdinal < rightOrdinal }
        return left.note.created < right.note.created
    }
}
