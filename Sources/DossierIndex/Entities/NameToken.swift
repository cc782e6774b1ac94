/// A word, number or punctuation mark of a sentence, as the entity recogniser sees it.
struct NameToken: Equatable {
    enum Kind: Equatable {
        case word
        case number
        /// The "’s" or "'s" after a name.
        case possessive
        case punctuation
    }

    /// Scalar offsets within the sentence.
    let range: Range<Int>
    let text: String
    let kind: Kind
    /// Starts with a capital, or is a name particle glued to one ("al-Assad").
    let isCapitalized: Bool
    /// Two or more letters, all capitals ("NATO", "U.S.", "G7").
    let isAllCaps: Bool
    /// Letters, a hyphen and digits, the shape of model names ("Su-35", "S-400", "Fateh-110").
    let isModelName: Bool

    // The shape is worked out once: the recogniser asks for it many times per token.
    init(range: Range<Int>, text: String, kind: Kind) {
        self.range = range
        self.text = text
        self.kind = kind
        isCapitalized = kind == .word && Self.startsWithCapital(text)
        isAllCaps = kind == .word && Self.isAllCapitals(text)
        isModelName = kind == .word && Self.hasModelShape(text)
    }

    private static func startsWithCapital(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.isUppercaseLetter { return true }
        guard first.isLowercaseLetter, text.utf8.contains(UInt8(ascii: "-")) else { return false }
        return particlePrefixes.contains { text.hasPrefix($0) && text.count > $0.count
            && text.unicodeScalars.dropFirst($0.unicodeScalars.count).first?.isUppercaseLetter == true }
    }

    private static func isAllCapitals(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isLetter {
            guard scalar.isUppercaseLetter else { return false }
            letters += 1
        }
        return letters >= 2
    }

    var isLowercaseWord: Bool { kind == .word && text.unicodeScalars.first?.isLowercaseLetter == true && !isCapitalized }

    private static func hasModelShape(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "-")) else { return false }
        let scalars = Array(text.unicodeScalars)
        guard let hyphen = scalars.lastIndex(of: "-") else { return false }
        let head = scalars[..<hyphen], tail = scalars[(hyphen + 1)...]
        return !head.isEmpty && head.first!.isUppercaseLetter && head.allSatisfy(\.isLetter)
            && !tail.isEmpty && tail.first!.isDigit && tail.allSatisfy(\.isLetterOrDigit)
    }

    /// Lowercase prefixes that start Arabic and Dutch names: "al-Assad", "el-Sisi", "bin", "van".
    static let particlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "at-", "ibn-", "bin-", "abu-"]
}
