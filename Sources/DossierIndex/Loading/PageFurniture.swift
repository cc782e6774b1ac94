/// Recognises lines that belong to the printed page rather than the text (page numbers, a URL
/// alone, short blocks such as a publisher's name in a footer) and lines that read as a table or
/// a list rather than prose. Only furniture that repeats is ever dropped; the rest is kept.
enum PageFurniture {
    /// No line longer than this is a table row or furniture, so longer lines need no closer look.
    static let longestFurnitureLine = 300

    /// Page numbers are dropped only when the document has at least this many: numbered pages
    /// repeat them, while a lone number is more likely a figure in a table.
    static let minimumPageNumbers = 2

    /// Common short words that make a line of short tokens still read as language.
    private static let shortWords: Set<String> = [
        "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
        "no", "of", "on", "or", "so", "to", "up", "us", "we", "am", "oh", "ok",
    ]

    /// Whether a line is short enough, or unbroken enough, to be furniture or a table row at all;
    /// most lines of text are neither, and are spared a closer look.
    static func mayBeFurniture(_ shape: LineShape) -> Bool {
        shape.length <= 60 || (shape.length <= longestFurnitureLine && !shape.scalars.contains(" "))
    }

    /// "12", "- 12 -", "Page 3 of 10", "3/10" or a lowercase roman numeral, alone on the line.
    static func isPageNumber(_ line: String) -> Bool {
        guard line.utf8.count <= 24 else { return false }
        var words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "/" })
        if words.first == "page" { words.removeFirst() }
        if words.count == 3, words[1] == "of" { words.remove(at: 1) }
        guard (1...2).contains(words.count) else { return false }
        if words.allSatisfy({ $0.count <= 4 && $0.allSatisfy({ $0.isASCII && $0.isNumber }) }) { return true }
        return words.count == 1 && isRomanNumeral(words[0])
    }

    private static func isRomanNumeral(_ word: Substring) -> Bool {
        let numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"]
        return word != "i" && numerals.contains(String(word))
    }

    private static let domainEndings: Set<String> = ["com", "org", "net", "edu", "gov", "int", "info", "io", "co", "uk", "de", "fr", "ru", "ir", "news", "eu"]

    /// A URL, e-mail address or bare domain with nothing else on the line.
    static func isLoneURL(_ line: String) -> Bool {
        guard line.utf8.count <= 300 else { return false }
        let text = line.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty, !text.contains(" ") else { return false }
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") { return text.count > 7 }
        let host = text.split(separator: "/", maxSplits: 1).first.map(String.init) ?? text
        let labels = host.split(separator: "@").last?.split(separator: ".", omittingEmptySubsequences: false) ?? []
        guard labels.count >= 2, let ending = labels.last, domainEndings.contains(String(ending)) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "+" } }
    }

    /// A line that reads as a row of a table or a list rather than prose: mostly numbers, initials
    /// and unpronounceable tokens ("Limoges ( France ) 9 3 6 12", "Sl S tdindl 35 0"), or a long run
    /// of words glued together by their capitals ("AllianceAttemptBuildEurasianIranIsolatedRussia",
    /// a tag list from a web page). Such lines are kept, each as a line of its own.
    static func isTabular(_ line: String) -> Bool {
        guard line.utf8.count <= 240 else { return false }
        let tokens = line.split(whereSeparator: { $0.isWhitespace })
        if tokens.count == 1, let token = tokens.first { return isGluedCapitalRun(token) }
        guard tokens.count >= 3, line.count <= 60 else { return false }
        let wordlike = tokens.filter(isWordlike).count
        return wordlike * 10 < tokens.count * 3
    }

    private static func isWordlike(_ token: Substring) -> Bool {
        let letters = token.filter(\.isLetter)
        if shortWords.contains(letters.lowercased()) { return true }
        guard letters.count >= 3, letters.count * 10 >= token.count * 7 else { return false }
        let vowels = letters.lowercased().filter { "aeiouy".contains($0) }.count
        return vowels * 5 >= letters.count && vowels * 5 <= letters.count * 4
    }

    private static func isGluedCapitalRun(_ token: Substring) -> Bool {
        guard token.count >= 24, token.allSatisfy(\.isLetter) else { return false }
        return token.filter(\.isUppercase).count >= 4 && token.filter(\.isLowercase).count >= 10
    }

    /// A short block with no sentence in it, such as an organisation's name or a running head.
    static func isShortFragment(_ lines: [LineShape]) -> Bool {
        guard lines.count <= 2 else { return false }
        return lines.allSatisfy { shape in
            shape.length <= 50 && !shape.endsSentence && !shape.endsOpen && shape.words.count <= 6
        }
    }
}
