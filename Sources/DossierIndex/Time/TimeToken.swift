/// A word, a run of digits or a single mark of a sentence, as the temporal tagger reads it.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, symbol
    }

    var kind: Kind
    /// Scalar offsets in the sentence.
    var range: Range<Int>
    /// Words lowercased (empty for words too long to be a trigger), digits as written, or the mark.
    var text: String
    var isCapitalized: Bool
    /// Whether white space separates the token from the one before it.
    var isSpaced: Bool
    /// The value of a number of at most nine digits.
    var number: Int?

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var digitCount: Int { kind == .number ? range.count : 0 }

    /// Whether the token is the mark `mark`.
    func isSymbol(_ mark: String) -> Bool { kind == .symbol && text == mark }

    /// Whether the token is one of the dashes that join the ends of a range or a compound.
    var isDash: Bool { kind == .symbol && (text == "-" || text == "–" || text == "—" || text == "‑") }

    var isApostrophe: Bool { kind == .symbol && (text == "'" || text == "’") }
}
