/// Splits query text into words, phrases, field filters, parentheses and `OR`.
struct QueryLexer {
    enum Token: Equatable {
        case word(String, negated: Bool, star: Bool)
        case phrase(String, negated: Bool)
        case field(QueryFilter.Field, String, negated: Bool)
        case or
        case open
        case close
    }

    static let quotes: Set<Character> = ["\"", "“", "”", "„"]

    private let characters: [Character]
    private var position = 0
    private(set) var notes: [String] = []

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func tokens() -> [Token] {
        var tokens: [Token] = []
        while let token = next() { tokens.append(token) }
        return tokens
    }

    private mutating func next() -> Token? {
        skipWhitespace()
        guard position < characters.count else { return nil }
        let character = characters[position]
        if character == "(" { position += 1; return .open }
        if character == ")" { position += 1; return .close }
        var negated = false
        if character == "-" {
            position += 1
            guard position < characters.count, !characters[position].isWhitespace else { return next() }
            negated = true
        }
        if position < characters.count, Self.quotes.contains(characters[position]) {
            return .phrase(readQuoted(), negated: negated)
        }
        let word = readWord()
        if word == "OR" && !negated { return .or }
        if word == "AND" && !negated { return next() }
        if word == "NOT" && !negated { return negate(next()) }
        if let field = fieldToken(word, negated: negated) { return field }
        if word.allSatisfy({ $0 == "*" || $0 == "-" || $0 == "^" || $0 == ":" }) { return next() }
        let star = word.hasSuffix("*")
        return .word(star ? String(word.dropLast()) : word, negated: negated, star: star)
    }

    /// `NOT x` reads as `-x`.
    private func negate(_ token: Token?) -> Token? {
        switch token {
        case let .word(word, _, star): return .word(word, negated: true, star: star)
        case let .phrase(text, _): return .phrase(text, negated: true)
        case let .field(field, value, _): return .field(field, value, negated: true)
        default: return token
        }
    }

    private mutating func skipWhitespace() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    /// Text up to the closing quote; an unclosed quote ends with the query.
    private mutating func readQuoted() -> String {
        position += 1
        let start = position
        while position < characters.count, !Self.quotes.contains(characters[position]) { position += 1 }
        let text = String(characters[start..<position])
        if position < characters.count {
            position += 1
        } else {
            notes.append("Closed an unbalanced quote at the end")
        }
        return text
    }

    private mutating func readWord() -> String {
        let start = position
        // A quote right after "field:" opens the field's value, so the word stops there.
        while position < characters.count, !characters[position].isWhitespace, characters[position] != "(", characters[position] != ")",
              !(position > start && Self.quotes.contains(characters[position]) && characters[position - 1] == ":") {
            position += 1
        }
        return String(characters[start..<position])
    }

    /// `doc:report` or `doc:"two words"`; an unknown field is noted and read as plain words.
    private mutating func fieldToken(_ word: String, negated: Bool) -> Token? {
        guard let colon = word.firstIndex(of: ":"), colon != word.startIndex else { return nil }
        let name = word[..<colon]
        guard name.allSatisfy(\.isLetter) else { return nil }
        var value = String(word[word.index(after: colon)...])
        if value.isEmpty, position < characters.count, Self.quotes.contains(characters[position]) {
            value = readQuoted()
        }
        guard let field = QueryFilter.Field(rawValue: name.lowercased()) else {
            let known = QueryFilter.Field.allCases.map { "\($0.rawValue):" }.joined(separator: ", ")
            notes.append("No field called \(name):; searched for the words instead (fields are \(known))")
            return nil
        }
        guard !value.isEmpty else {
            notes.append("\(field.rawValue): needs a value")
            return .field(field, "", negated: negated)
        }
        return .field(field, value, negated: negated)
    }

    /// The tokens the full-text index would make of a word: runs of letters and digits.
    static func wordTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isLetterOrDigit || scalar.properties.generalCategory == .nonspacingMark {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }
}
