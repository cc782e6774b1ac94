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
            if isSpace(scalar) {
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
        let text = range.count <= longestTrigger ? lowercased(scalars[range]) : ""
        let first = scalars[range.lowerBound]
        let capitalized = isUppercaseASCII(first) || (!first.isASCII && first.properties.isUppercase)
        return TimeToken(kind: .word, range: range, text: text, isCapitalized: capitalized, isSpaced: spaced, number: nil)
    }

    /// The word lowercased; triggers are ASCII, so only ASCII letters are folded.
    private static func lowercased(_ letters: ArraySlice<Unicode.Scalar>) -> String {
        guard letters.allSatisfy(\.isASCII) else {
            var text = ""
            text.unicodeScalars.append(contentsOf: letters)
            return text
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: letters.count) { buffer in
            for (offset, scalar) in letters.enumerated() {
                buffer[offset] = UInt8(scalar.value) | (isUppercaseASCII(scalar) ? 32 : 0)
            }
            return String(decoding: buffer, as: UTF8.self)
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) }
        return scalar.properties.isWhitespace
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
