/// Splits a paragraph into sentences without breaking at abbreviations, initials, decimals or ellipses.
public enum SentenceSegmenter {
    /// Abbreviations that introduce a name or number and so never end a sentence.
    static let introducingAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Maj", "Lt", "Col", "Capt", "Cmdr", "Cdr", "Sgt", "Cpl",
        "Pvt", "Adm", "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Amb", "Fr", "Sr", "Messrs",
        "e.g", "i.e", "cf", "viz", "vs", "approx", "ca", "Nos", "Vol", "vol", "pp", "Fig", "fig", "Art", "Sec",
        "Ch", "Op", "Ave", "Mt", "Ft", "Pt", "Gov't", "Atty", "Sup", "Rt",
    ]

    /// Abbreviations that usually sit mid-sentence but may also end one ("in Jan.", "Apple Inc.").
    static let ambiguousAbbreviations: Set<String> = [
        "No", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Inc", "Ltd", "Co", "Corp",
        "Bros", "Jr", "etc", "al", "Dept", "Univ", "Assn", "Rd", "Blvd", "Est", "est", "min", "max", "km", "kg",
    ]

    /// Words that commonly open a sentence; after an ambiguous abbreviation they signal a new one.
    static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On",
        "At", "For", "From", "With", "By", "As", "If", "When", "While", "After", "Before", "Since", "Although",
        "Though", "However", "Meanwhile", "Moreover", "Still", "Now", "Then", "Some", "Many", "Most", "Such",
        "Both", "Each", "All", "What", "Who", "Which", "Why", "How", "Where", "Also", "Only", "Last", "Next",
        "One", "Two", "Three", "Officials", "According", "Despite", "During", "Under", "Over", "Even", "Instead",
        "Nevertheless", "Nonetheless", "Indeed", "Thus", "Therefore", "Other", "Another", "Several", "No",
    ]

    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "‽"]

    /// The scalar ranges of the sentences in `text`, trimmed of surrounding white space.
    public static func sentences(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = skipWhitespace(text, from: 0)
        var index = start
        while index < text.count {
            guard terminators.contains(text[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, terminators.contains(text[end]) { end += 1 }
            let punctuation = text[index..<end]
            while end < text.count, LineShape.closers.contains(text[end]) { end += 1 }
            let next = skipWhitespace(text, from: end)
            if next < text.count, end < next, breaks(text, punctuation: punctuation, at: index, hasCloser: end > index + punctuation.count, next: next) {
                sentences.append(start..<trimTrailingWhitespace(text, end: end, start: start))
                start = next
            }
            index = max(end, index + 1)
        }
        if start < text.count {
            let end = trimTrailingWhitespace(text, end: text.count, start: start)
            if end > start { sentences.append(start..<end) }
        }
        return sentences.flatMap { capped($0, in: text) }
    }

    /// Decides whether the punctuation at `position`, followed by white space, ends a sentence.
    static func breaks(_ text: [Unicode.Scalar], punctuation: ArraySlice<Unicode.Scalar>, at position: Int, hasCloser: Bool, next: Int) -> Bool {
        let following = text[next]
        if following.isLowercaseLetter { return false }
        if punctuation.count > 1 && punctuation.allSatisfy({ $0 == "." }) { return false }
        guard punctuation.count == 1, punctuation.first == ".", !hasCloser else { return true }
        let word = wordBefore(text, position: position)
        if word.isEmpty { return true }
        if introducingAbbreviations.contains(word) { return false }
        let opensSentence = sentenceOpeners.contains(wordAfter(text, from: next))
        if ambiguousAbbreviations.contains(word) || isInitialOrAcronym(word) { return opensSentence }
        return true
    }

    /// "J" (an initial), "U.S" or "a.m" (letters joined by periods).
    static func isInitialOrAcronym(_ word: String) -> Bool {
        if word.count == 1, let letter = word.first, letter.isUppercase { return true }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// The letters and inner periods directly before `position` ("U.S" in "the U.S.").
    static func wordBefore(_ text: [Unicode.Scalar], position: Int) -> String {
        var start = position
        while start > 0, text[start - 1].isLetter || text[start - 1] == "." || text[start - 1] == "'" || text[start - 1] == "’" {
            start -= 1
        }
        while start < position, text[start] == "." { start += 1 }
        return MappedText.string(from: text[start..<position])
    }

    /// The word starting at `start` after any opening quotes or brackets; empty when a number comes first.
    static func wordAfter(_ text: [Unicode.Scalar], from start: Int) -> String {
        var index = start
        while index < text.count, !text[index].isLetter, text[index].isDigit == false { index += 1 }
        var end = index
        while end < text.count, text[end].isLetter { end += 1 }
        return MappedText.string(from: text[index..<end])
    }

    private static func skipWhitespace(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < text.count, text[index].isSpace { index += 1 }
        return index
    }

    private static func trimTrailingWhitespace(_ text: [Unicode.Scalar], end: Int, start: Int) -> Int {
        var index = end
        while index > start, text[index - 1].isSpace { index -= 1 }
        return index
    }
}
