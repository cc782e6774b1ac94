/// Finds a note's sentence in its document as the document is now, by the sentence's text.
enum NoteAnchor {
    /// The sentence with the note's text, else the one whose words are the same once case,
    /// accents, punctuation and spacing are set aside; of several, the nearest the note's ordinal.
    static func sentence(for note: Note, in sentences: [IndexedSentence]) -> IndexedSentence? {
        if let exact = nearest(sentences.filter { $0.text == note.sentence }, to: note.ordinal) { return exact }
        let wanted = words(of: note.sentence)
        guard !wanted.isEmpty else { return nil }
        return nearest(sentences.filter { words(of: $0.text) == wanted }, to: note.ordinal)
    }

    /// The folded words of a sentence, so that retyped quotes, dashes, capitals or line breaks do not
    /// lose a note.
    static func words(of text: String) -> String {
        QueryHighlighter.fold(text).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    private static func nearest(_ candidates: [IndexedSentence], to ordinal: Int) -> IndexedSentence? {
        candidates.min { abs($0.ordinal - ordinal) < abs($1.ordinal - ordinal) }
    }
}
