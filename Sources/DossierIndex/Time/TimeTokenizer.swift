/// Splits a sentence into the tokens the temporal grammar matches: letter runs, digit runs and single marks.
enum TimeTokenizer {
    /// Words longer than this are no trigger of any rule, so their text is not kept.
    static let longestTrigger = 12

    static func tokens(of scalars: [Unicode.Scalar]) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var spaced = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                spaced = true
                index += 1
                continue
            }
            let end: Int
            if isDigit(scalar) {
                end = runEnd(in: scalars, from: index, where: isDigit)
                tokens.append(number(scalars, index..<end, spaced: spaced))
            } else if isLetter(scalar) {
                end = runEnd(in: scalars, from: index, where: isLetter)
                tokens.append(word(scalars, index..<end, spaced: spaced))
            } else {
                end = index + 1
                tokens.append(TimeToken(kind: .symbol, range: index..<end, text: String(Character(scalar)),
                                        isCapitalized: false, isSpaced: spaced, number: nil))
            }
            spaced = false
            index = end
        }
        return tokens
    }

    private static func number(_ scalars: [Unicode.Scalar], _ range: Range<Int>, spaced: Bool) -> TimeToken {
        var text = ""
        var value = 0
        for scalar in scalars[range] {
            text.unicodeScalars.append(scalar)
            value = value &* 10 &+ Int(scalar.value - 48)
        }
        return TimeToken(kind: .number, range: range, text: text, isCapitalized: false, isSpaced: spaced,
                         number: range.count <= 9 ? value : nil)
    }

    private static func word(_ scalars: [Unicode.Scalar], _ range: Range<Int>, spaced: Bool) -> TimeToken {
        var text = ""
        if range.count <= longestTrigger {
            for scalar in scalars[range] {
                text.unicodeScalars.append(isUppercaseASCII(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            }
        }
        let first = scalars[range.lowerBound]
        let capitalized = isUppercaseASCII(first) || (!first.isASCII && first.properties.isUppercase)
        return TimeToken(kind: .word, range: range, text: text, isCapitalized: capitalized, isSpaced: spaced, number: nil)
    }

    private static func runEnd(in scalars: [Unicode.Scalar], from start: Int, where belongs: (Unicode.Scalar) -> Bool) -> Int {
        var end = start + 1
        while end < scalars.count && belongs(scalars[end]) { end += 1 }
        return end
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    private static func isUppercaseASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 65 && scalar.value <= 90 }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value | 32) >= 97 && (value | 32) <= 122 }
        return scalar.properties.isAlphabetic
    }
}
