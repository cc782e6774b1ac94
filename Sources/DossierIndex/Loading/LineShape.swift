/// Facts about how a line of text begins and ends, which decide where paragraphs and sentences break.
struct LineShape {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = Array(scalars)
    }

    /// The line as a string, made on demand because most lines never need one.
    var text: String { MappedText.string(from: scalars[...]) }

    var length: Int { scalars.count }

    /// Closing quotes and brackets that may follow the punctuation ending a sentence.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", "›", "}"]
    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    static let bulletMarkers: Set<Unicode.Scalar> = ["•", "●", "▪", "◦", "–", "-", "*", "+", "·"]

    /// The line ends with sentence-final punctuation, possibly followed by closing quotes or brackets.
    var endsSentence: Bool {
        var index = scalars.count - 1
        while index >= 0, Self.closers.contains(scalars[index]) { index -= 1 }
        return index >= 0 && Self.terminators.contains(scalars[index])
    }

    var lastScalar: Unicode.Scalar? { scalars.last }

    /// The line ends with a hyphen glued to a word or number ("Su-", "North-"), not a dash ("--", " -").
    var endsWithWordHyphen: Bool {
        guard scalars.count >= 2, scalars[scalars.count - 1] == "-" else { return false }
        let before = scalars[scalars.count - 2]
        return before.isLetterOrDigit
    }

    /// The line ends where a sentence obviously goes on: a comma, semicolon or word hyphen.
    var endsOpen: Bool {
        guard let last = scalars.last else { return false }
        return last == "," || last == ";" || endsWithWordHyphen
    }

    var firstLetterIsLowercase: Bool {
        guard let first = scalars.first(where: { $0.isLetter || $0.isDigit }) else { return false }
        return first.isLowercaseLetter
    }

    /// The first letter or digit is a capital, a digit, or a letter of a script without case (東京).
    var startsWithUppercaseOrDigit: Bool {
        guard let first = scalars.first(where: { !LineShape.closers.contains($0) && $0 != "“" && $0 != "‘" && $0 != "(" }) else { return false }
        if first.isDigit { return true }
        return first.isLetter && !first.isLowercaseLetter
    }

    /// "• ", "- ", "* " or a list number such as "3. " or "12) ".
    var startsWithBullet: Bool {
        if scalars.count >= 2, Self.bulletMarkers.contains(scalars[0]), scalars[1] == " " { return true }
        let digits = scalars.prefix(while: { $0.isDigit && $0.value < 0x80 }).count
        guard (1...2).contains(digits), scalars.count > digits + 1 else { return false }
        return (scalars[digits] == "." || scalars[digits] == ")") && scalars[digits + 1] == " "
    }

    var firstWordLength: Int {
        scalars.firstIndex(where: { $0.isSpace }) ?? scalars.count
    }

    var words: [Substring] { text.split(whereSeparator: { $0.isWhitespace }) }

    /// Most longer words are capitalised, as in "Post-2022 Burgeoning of Bilateral Ties".
    var isTitleCase: Bool {
        let significant = words.filter { $0.count >= 4 }
        guard !significant.isEmpty else { return startsWithUppercaseOrDigit }
        let capitalised = significant.filter { word in word.first.map { $0.isUppercase || $0.isNumber } ?? false }
        return capitalised.count * 3 >= significant.count * 2
    }

    /// A standalone line that reads as a heading: short, no final punctuation, starting with a capital.
    func readsAsHeading(maximumLength: Int) -> Bool {
        guard length > 0, length <= maximumLength, startsWithUppercaseOrDigit, !startsWithBullet else { return false }
        guard let last = lastScalar, !endsSentence, !endsOpen, last != ":" else { return false }
        return words.count <= 14
    }
}
