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
    var range: Range<Int>
    var text: String
    var kind: Kind

    /// Starts with a capital, or is a name particle glued to one ("al-Assad").
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        if first.isUppercaseLetter { return true }
        return NameToken.particlePrefixes.contains { text.hasPrefix($0) && text.count > $0.count
            && text.unicodeScalars.dropFirst($0.unicodeScalars.count).first?.isUppercaseLetter == true }
    }

    /// Two or more letters, all capitals ("NATO", "U.S.", "G7").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        let letters = text.unicodeScalars.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercaseLetter)
    }

    var isLowercaseWord: Bool { kind == .word && text.unicodeScalars.first?.isLowercaseLetter == true && !isCapitalized }

    /// Letters, a hyphen and digits, the shape of model names ("Su-35", "S-400", "Fateh-110").
    var isModelName: Bool {
        guard kind == .word, let hyphen = text.lastIndex(of: "-") else { return false }
        let head = text[..<hyphen], tail = text[text.index(after: hyphen)...]
        return !head.isEmpty && head.first!.isUppercase && head.allSatisfy(\.isLetter)
            && !tail.isEmpty && tail.first!.isNumber && tail.allSatisfy { $0.isNumber || $0.isLetter }
    }

    /// Lowercase prefixes that start Arabic and Dutch names: "al-Assad", "el-Sisi", "bin", "van".
    static let particlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "at-", "ibn-", "bin-", "abu-"]
}
