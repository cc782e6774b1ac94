/// The Porter stemming algorithm (M. F. Porter, "An algorithm for suffix stripping", 1980) in the
/// form SQLite's FTS5 `porter` tokenizer uses, so that Dossier can tell which words of a sentence
/// the index matched without asking SQLite again.
///
/// Like FTS5, it stems only lowercase ASCII words of three letters or more and passes others through.
public enum PorterStemmer {
    public static func stem(_ word: String) -> String {
        guard word.utf8.count >= 3, word.utf8.allSatisfy({ (97...122).contains($0) }) else { return word }
        var letters = Array(word.utf8)
        step1a(&letters)
        step1b(&letters)
        step1c(&letters)
        step2(&letters)
        step3(&letters)
        step4(&letters)
        step5(&letters)
        return String(decoding: letters, as: UTF8.self)
    }

    // MARK: Measures of a stem

    private static func isConsonant(_ letters: [UInt8], _ index: Int) -> Bool {
        switch letters[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
        case UInt8(ascii: "y"): return index == 0 || !isConsonant(letters, index - 1)
        default: return true
        }
    }

    /// m in [C](VC)^m[V] for the first `length` letters.
    private static func measure(_ letters: [UInt8], _ length: Int) -> Int {
        var count = 0
        var index = 0
        while index < length, isConsonant(letters, index) { index += 1 }
        while index < length {
            while index < length, !isConsonant(letters, index) { index += 1 }
            guard index < length else { break }
            count += 1
            while index < length, isConsonant(letters, index) { index += 1 }
        }
        return count
    }

    private static func containsVowel(_ letters: [UInt8], _ length: Int) -> Bool {
        (0..<length).contains { !isConsonant(letters, $0) }
    }

    private static func endsWithDoubleConsonant(_ letters: [UInt8], _ length: Int) -> Bool {
        length >= 2 && letters[length - 1] == letters[length - 2] && isConsonant(letters, length - 1)
    }

    /// Consonant, vowel, consonant at the end, the last not w, x or y ("hop", not "snow").
    private static func endsCVC(_ letters: [UInt8], _ length: Int) -> Bool {
        guard length >= 3, isConsonant(letters, length - 1), !isConsonant(letters, length - 2), isConsonant(letters, length - 3) else { return false }
        let last = letters[length - 1]
        return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
    }

    private static func hasSuffix(_ letters: [UInt8], _ suffix: String) -> Bool {
        let tail = Array(suffix.utf8)
        return letters.count >= tail.count && Array(letters.suffix(tail.count)) == tail
    }

    /// Replaces `suffix` by `replacement` when the stem before it has a measure above `minimum`.
    @discardableResult
    private static func replace(_ letters: inout [UInt8], _ suffix: String, with replacement: String, whenMeasureAbove minimum: Int) -> Bool {
        guard hasSuffix(letters, suffix) else { return false }
        let stemLength = letters.count - suffix.utf8.count
        if measure(letters, stemLength) > minimum {
            letters.removeLast(suffix.utf8.count)
            letters.append(contentsOf: replacement.utf8)
        }
        return true
    }

    // MARK: Steps

    private static func step1a(_ letters: inout [UInt8]) {
        if hasSuffix(letters, "sses") { letters.removeLast(2) }
        else if hasSuffix(letters, "ies") { letters.removeLast(2) }
        else if hasSuffix(letters, "ss") { return }
        else if hasSuffix(letters, "s") { letters.removeLast() }
    }

    private static func step1b(_ letters: inout [UInt8]) {
        if hasSuffix(letters, "eed") {
            if measure(letters, letters.count - 3) > 0 { letters.removeLast() }
            return
        }
        var removed = false
        for suffix in ["ed", "ing"] where hasSuffix(letters, suffix) && containsVowel(letters, letters.count - suffix.utf8.count) {
            letters.removeLast(suffix.utf8.count)
            removed = true
            break
        }
        guard removed else { return }
        if hasSuffix(letters, "at") || hasSuffix(letters, "bl") || hasSuffix(letters, "iz") {
            letters.append(UInt8(ascii: "e"))
        } else if endsWithDoubleConsonant(letters, letters.count), let last = letters.last,
                  ![UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z")].contains(last) {
            letters.removeLast()
        } else if measure(letters, letters.count) == 1, endsCVC(letters, letters.count) {
            letters.append(UInt8(ascii: "e"))
        }
    }

    private static func step1c(_ letters: inout [UInt8]) {
        if hasSuffix(letters, "y"), containsVowel(letters, letters.count - 1) { letters[letters.count - 1] = UInt8(ascii: "i") }
    }

    private static let step2Suffixes: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ]

    private static func step2(_ letters: inout [UInt8]) {
        for (suffix, replacement) in step2Suffixes where replace(&letters, suffix, with: replacement, whenMeasureAbove: 0) { return }
    }

    private static let step3Suffixes: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ]

    private static func step3(_ letters: inout [UInt8]) {
        for (suffix, replacement) in step3Suffixes where replace(&letters, suffix, with: replacement, whenMeasureAbove: 0) { return }
    }

    private static let step4Suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ]

    private static func step4(_ letters: inout [UInt8]) {
        for suffix in step4Suffixes where hasSuffix(letters, suffix) {
            let stemLength = letters.count - suffix.utf8.count
            if suffix == "ion" {
                guard stemLength > 0, letters[stemLength - 1] == UInt8(ascii: "s") || letters[stemLength - 1] == UInt8(ascii: "t") else { return }
            }
            if measure(letters, stemLength) > 1 { letters.removeLast(suffix.utf8.count) }
            return
        }
    }

    private static func step5(_ letters: inout [UInt8]) {
        if hasSuffix(letters, "e") {
            let stemLength = letters.count - 1
            let measured = measure(letters, stemLength)
            if measured > 1 || (measured == 1 && !endsCVC(letters, stemLength)) { letters.removeLast() }
        }
        if hasSuffix(letters, "ll"), measure(letters, letters.count) > 1 { letters.removeLast() }
    }
}
