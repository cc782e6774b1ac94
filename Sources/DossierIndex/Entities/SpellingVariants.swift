/// Tells transliteration variants of a name apart from different names: "Ebrahim" and "Ibrahim",
/// "Mohammad" and "Muhammad", "Sergey" and "Sergei" are one name; "Daniel" and "Danielle", "Jon"
/// and "John" are not.
///
/// Variants keep their consonants and change vowels (or double a letter), so two words are
/// variants when their consonant skeletons agree and only a letter or two differ.
enum SpellingVariants {
    static func areVariants(_ first: Substring, _ second: Substring) -> Bool {
        guard first != second else { return true }
        guard min(first.count, second.count) >= 4 else { return false }
        let limit = min(first.count, second.count) >= 6 ? 2 : 1
        return skeleton(first) == skeleton(second) && EditDistance.between(String(first), String(second)) <= limit
    }

    /// Two full names ("ebrahim raisi", "ibrahim raisi") name one person in different spellings:
    /// the same surname and variant given names.
    static func areVariantNames(_ first: [Substring], _ second: [Substring]) -> Bool {
        guard first.count == second.count, first.count >= 2, first != second, first.last == second.last else { return false }
        return zip(first.dropLast(), second.dropLast()).allSatisfy { areVariants($0, $1) }
    }

    /// The word with every run of vowels (and y) as one "a" and doubled letters single.
    static func skeleton(_ word: Substring) -> String {
        var result = ""
        for character in word.lowercased() {
            let mapped: Character = "aeiouy".contains(character) ? "a" : character
            if result.last != mapped { result.append(mapped) }
        }
        return result
    }
}
