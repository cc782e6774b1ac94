/// A word, number or symbol of a sentence as the quantity parser reads it: numbers keep their
/// grouping commas and decimal points ("7,200", "2.76"), which the name tokenizer splits.
struct QuantityToken: Equatable {
    enum Kind: Equatable {
        case word, number, symbol
    }

    var range: Range<Int>
    var text: String
    var kind: Kind
    /// White space separates it from the token before.
    var followsSpace: Bool

    static func tokens(of scalars: [Unicode.Scalar]) -> [QuantityToken] {
        var tokens: [QuantityToken] = []
        var index = 0
        var sawSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isSpace {
                sawSpace = true
                index += 1
                continue
            }
            let end: Int
            let kind: Kind
            if scalar.isDigit {
                end = numberEnd(scalars, from: index)
                kind = .number
            } else if scalar.isLetter {
                end = scalars[index...].firstIndex { !$0.isLetter } ?? scalars.count
                kind = .word
            } else {
                end = index + 1
                kind = .symbol
            }
            tokens.append(QuantityToken(range: index..<end, text: MappedText.string(from: scalars[index..<end]), kind: kind, followsSpace: sawSpace))
            sawSpace = false
            index = end
        }
        return tokens
    }

    /// Digits with grouping commas before exactly three digits, and one decimal point.
    private static func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        var sawPoint = false
        while end < scalars.count {
            if scalars[end].isDigit {
                end += 1
            } else if scalars[end] == ",", !sawPoint, isGroupingComma(scalars, at: end) {
                end += 1
            } else if scalars[end] == ".", !sawPoint, end + 1 < scalars.count, scalars[end + 1].isDigit {
                sawPoint = true
                end += 1
            } else {
                break
            }
        }
        return end
    }

    /// A comma followed by exactly three digits: "7,200", not "in 2021, 40".
    private static func isGroupingComma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 < scalars.count, (1...3).allSatisfy({ scalars[index + $0].isDigit }) else { return false }
        return index + 4 == scalars.count || !scalars[index + 4].isDigit
    }

    /// The number's value without its grouping commas.
    var numericValue: Double? {
        Double(text.filter { $0 != "," })
    }
}
