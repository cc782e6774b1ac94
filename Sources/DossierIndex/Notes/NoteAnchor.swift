/// Finds a note's sentence in its document as the document is now, by the sentence's text.
enum NoteAnchor {
    /// How alike (1 − word edit distance ÷ the longer sentence's word count) a changed sentence must
    /// be to the note's to take the note. Measured on 7,303 sentences of 400 bbc-news articles outside
    /// the held-out set: at 0.7, 99.5% of sentences with one word replaced, added or removed are found
    /// again, and only 0.15% of sentences have another sentence of their document this alike.
    static let minimumSimilarity = 0.7
    /// How much more alike the best sentence must be than the next, so that of two near copies neither is
    /// taken (the same measurement: 99.5% of one-word edits still clear it).
    static let minimumLead = 0.15

    /// Where a note lands, and whether its sentence's words changed since it was written.
    struct Placement: Equatable {
        var sentence: IndexedSentence
        var isChanged: Bool
    }

    /// The sentence with the note's text, else the one whose words are the same once case, accents,
    /// punctuation and spacing are set aside (of several, the nearest the note's ordinal), else the one
    /// clearly most like it, for a sentence edited by a word or two.
    static func place(_ note: Note, in sentences: [IndexedSentence]) -> Placement? {
        if let exact = nearest(sentences.filter { $0.text == note.sentence }, to: note.ordinal) {
            return Placement(sentence: exact, isChanged: false)
        }
        let wanted = words(of: note.sentence)
        guard !wanted.isEmpty else { return nil }
        let candidates = sentences.map { (sentence: $0, words: words(of: $0.text)) }
        if let same = nearest(candidates.filter { $0.words == wanted }.map(\.sentence), to: note.ordinal) {
            return Placement(sentence: same, isChanged: false)
        }
        return mostAlike(wanted, in: candidates).map { Placement(sentence: $0, isChanged: true) }
    }

    /// The folded words of a sentence, so that retyped quotes, dashes, capitals or line breaks do not
    /// lose a note.
    static func words(of text: String) -> [Substring] {
        QueryHighlighter.fold(text).split { !$0.isLetter && !$0.isNumber }
    }

    /// The one sentence clearly most like `wanted`, or nil when none is alike enough or two are close.
    private static func mostAlike(_ wanted: [Substring], in candidates: [(sentence: IndexedSentence, words: [Substring])]) -> IndexedSentence? {
        var best: (sentence: IndexedSentence, similarity: Double)?
        var runnerUp = 0.0
        for candidate in candidates {
            let longer = Double(max(wanted.count, candidate.words.count))
            // Sentences whose lengths alone differ too much cannot be alike enough, nor come close to the best.
            guard Double(abs(wanted.count - candidate.words.count)) <= longer * (1 - minimumSimilarity + minimumLead) else { continue }
            let similarity = 1 - Double(EditDistance.between(wanted, candidate.words)) / longer
            if similarity > best?.similarity ?? -1 {
                runnerUp = best?.similarity ?? 0
                best = (candidate.sentence, similarity)
            } else {
                runnerUp = max(runnerUp, similarity)
            }
        }
        guard let best, best.similarity >= minimumSimilarity, best.similarity - runnerUp >= minimumLead else { return nil }
        return best.sentence
    }

    private static func nearest(_ candidates: [IndexedSentence], to ordinal: Int) -> IndexedSentence? {
        candidates.min { abs($0.ordinal - ordinal) < abs($1.ordinal - ordinal) }
    }
}
