extension SentenceSegmenter {
    /// Sentences longer than this many scalars are cut into pieces, at white space where there is
    /// some. Claim reading and entity finding compare words within a sentence, so a "sentence"
    /// without punctuation a megabyte long cost minutes; capped, the cost grows with the bytes.
    /// Ten times the longest sentences of ordinary prose (a few hundred characters), so that only
    /// text without sentences at all (lists run together, logs, tables) is ever cut.
    public static let maximumLength = 2_000

    /// `range` cut into pieces of at most `maximumLength` scalars, each ending at the last white
    /// space in the second half of its stretch (or at the limit when there is none), trimmed.
    static func capped(_ range: Range<Int>, in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard range.count > maximumLength else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumLength {
            let limit = start + maximumLength
            var cut = limit
            while cut > start + maximumLength / 2, !text[cut].isSpace { cut -= 1 }
            if !text[cut].isSpace { cut = limit }
            var end = cut
            while end > start, text[end - 1].isSpace { end -= 1 }
            pieces.append(start..<end)
            start = cut
            while start < range.upperBound, text[start].isSpace { start += 1 }
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }
}
