import Foundation

/// Finds the amounts a sentence states and normalises them: money with its currency and scale
/// ("$4 billion", "€2.3bn"), percentages, distances, weights, volumes and counted things
/// ("36 containers"), with hedges ("about"), bounds ("more than") and ranges ("300-700 km").
///
/// Numbers that are not amounts are left alone: years, model names ("Su-35", "S-400"), "No. 10",
/// "3+3", dates and times, and bare numbers with nothing to say what they count.
public enum QuantityParser {
    public static func quantities(in sentence: String) -> [Quantity] {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = QuantityToken.tokens(of: scalars)
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .number, !isOtherNumber(tokens, at: index), let (quantity, end) = read(tokens, from: index, scalars: scalars) {
                found.append(quantity)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: Reading one amount

    /// Reads the amount whose first number is at `start`; returns it and the token after it.
    private static func read(_ tokens: [QuantityToken], from start: Int, scalars: [Unicode.Scalar]) -> (Quantity, Int)? {
        guard let first = tokens[start].numericValue else { return nil }
        let currencyStart = currencyBefore(tokens, at: start)
        var position = start + 1
        var scale = readScale(tokens, at: &position, afterCurrency: currencyStart != nil)
        var upper: Double?
        if let (value, upperScale, after) = rangeEnd(tokens, at: position) {
            // "3 to 4 billion": a scale after the second number applies to both.
            if scale == nil { scale = upperScale }
            upper = value * (upperScale ?? scale ?? 1)
            position = after
        }
        var unit: QuantityUnit
        var factor = 1.0
        if let code = currencyStart?.code {
            unit = .currency(code)
        } else if let (measured, unitFactor, after) = unitAfter(tokens, at: position) {
            unit = measured
            factor = unitFactor
            position = after
        } else {
            return nil
        }
        if case .count = unit, scale == nil, isYear(tokens[start]) { return nil }
        let sign = minusBefore(tokens, at: currencyStart?.index ?? start)
        let lower = sign.factor * first * (scale ?? 1) * factor
        let hedgeStart = sign.index
        let hedge = hedgeBefore(tokens, at: hedgeStart)
        let firstToken = hedge?.index ?? hedgeStart
        let range = tokens[firstToken].range.lowerBound..<tokens[position - 1].range.upperBound
        var quantity = Quantity(range: range, text: MappedText.string(from: scalars[range]), value: lower, upperValue: upper.map { sign.factor * $0 * factor },
                                unit: unit, isApproximate: hedge?.isApproximate ?? false, bound: hedge?.bound)
        quantity.step = step(of: tokens[start].text) * (scale ?? 1) * factor
        return (quantity, position)
    }

    /// "$", "US$", "€", "£", "¥" right before the number (a space allowed), with where it starts.
    private static func currencyBefore(_ tokens: [QuantityToken], at index: Int) -> (code: String, index: Int)? {
        guard index > 0, let code = QuantityVocabulary.currencySymbols[tokens[index - 1].text] else { return nil }
        if index > 1, tokens[index - 2].text == "US", !tokens[index - 1].followsSpace { return (code, index - 2) }
        return (code, index - 1)
    }

    /// A minus sign or "minus" right before the amount ("-0.1%", "minus 2%"): the sign, and where the amount starts.
    private static func minusBefore(_ tokens: [QuantityToken], at index: Int) -> (factor: Double, index: Int) {
        guard index > 0 else { return (1, index) }
        let before = tokens[index - 1]
        if ["-", "−", "–"].contains(before.text), !tokens[index].followsSpace, before.followsSpace || index == 1 { return (-1, index - 1) }
        if before.text.lowercased() == "minus" { return (-1, index - 1) }
        return (1, index)
    }

    /// How far apart two values written like this one may be and still round to it: 1 for "76",
    /// 0.01 for "1.13"; the rounding a reader allows is half of it either way.
    /// A whole number ending in zeros ("464,000") is taken as rounded to one place above its last
    /// nonzero digit (100), not to its last zero, since writers round to thousands but rarely to
    /// the thousand and no closer.
    private static func step(of number: String) -> Double {
        if let point = number.firstIndex(of: ".") { return pow(10, -Double(number.distance(from: point, to: number.endIndex) - 1)) }
        let digits = number.filter(\.isNumber)
        let zeros = digits.reversed().prefix { $0 == "0" }.count
        return zeros == digits.count ? 1 : pow(10, Double(max(0, zeros - 1)))
    }

    /// "billion", "bn", "m" (after a currency only), "k": multiplies the number before it.
    private static func readScale(_ tokens: [QuantityToken], at position: inout Int, afterCurrency: Bool) -> Double? {
        guard position < tokens.count, tokens[position].kind == .word else { return nil }
        let word = tokens[position].text.lowercased()
        guard let scale = QuantityVocabulary.scales[word] ?? (afterCurrency ? QuantityVocabulary.currencyScales[word] : nil) else { return nil }
        position += 1
        return scale
    }

    /// The second number of "300-700", "3 to 4 billion" or "between 3 and 4", with its own scale.
    private static func rangeEnd(_ tokens: [QuantityToken], at position: Int) -> (Double, Double?, Int)? {
        guard position + 1 < tokens.count, ["-", "–", "to", "and"].contains(tokens[position].text) else { return nil }
        // "$3 to $4 billion" repeats the currency.
        let number = QuantityVocabulary.currencySymbols[tokens[position + 1].text] == nil ? position + 1 : position + 2
        guard number < tokens.count, tokens[number].kind == .number, let value = tokens[number].numericValue else { return nil }
        if tokens[position].text == "and", !tokens[max(0, position - 4)..<position].contains(where: { $0.text.lowercased() == "between" }) {
            return nil
        }
        var after = number + 1
        let scale = readScale(tokens, at: &after, afterCurrency: true)
        return (value, scale, after)
    }

    /// The unit after the number: a symbol, a unit word (possibly hyphenated on: "7,200-km"),
    /// a currency named in words, or a plural noun counting things.
    private static func unitAfter(_ tokens: [QuantityToken], at position: Int) -> (QuantityUnit, Double, Int)? {
        guard position < tokens.count else { return nil }
        var index = position
        if tokens[index].text == "-", !tokens[index].followsSpace, index + 1 < tokens.count, tokens[index + 1].kind == .word {
            index += 1
        }
        let word = tokens[index].text.lowercased()
        if tokens[index].text == "%" { return (.percent, 1, index + 1) }
        if word == "per", index + 1 < tokens.count, tokens[index + 1].text.lowercased() == "cent" { return (.percent, 1, index + 2) }
        if word == "percentage", index + 1 < tokens.count, tokens[index + 1].text.lowercased().hasPrefix("point") {
            return (.percentagePoints, 1, index + 2)
        }
        if word == "point" || word == "points" { return (.points, 1, index + 1) }
        if word == "cubic", index + 1 < tokens.count, ["metres", "meters", "metre", "meter"].contains(tokens[index + 1].text.lowercased()) {
            return (.cubicMetres, 1, index + 2)
        }
        if let (unit, factor) = QuantityVocabulary.units[word] {
            // "barrels per day" and "km per hour" are rates, not amounts of the unit.
            if index + 2 < tokens.count, tokens[index + 1].text.lowercased() == "per" { return nil }
            return (unit, factor, index + 1)
        }
        if let code = QuantityVocabulary.currencyWords[word] { return (.currency(code), 1, index + 1) }
        guard tokens[index].kind == .word, index == position, let noun = countedNoun(tokens[index].text) else { return nil }
        return (.count(noun), 1, index + 1)
    }

    /// "containers" → "container": a plural lowercase noun that is not a function word.
    static func countedNoun(_ word: String) -> String? {
        guard word.count >= 4, word.first?.isLowercase == true, word.hasSuffix("s"), !word.hasSuffix("ss"),
              !QuantityVocabulary.notCountNouns.contains(word) else { return nil }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if ["ches", "shes", "xes", "sses"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    /// "about", "nearly", "more than", "up to" before the amount, with where the hedge starts.
    private static func hedgeBefore(_ tokens: [QuantityToken], at index: Int) -> (index: Int, isApproximate: Bool, bound: Quantity.Bound?)? {
        for length in [3, 2, 1] where index >= length {
            let words = tokens[(index - length)..<index].map { $0.text.lowercased() }.joined(separator: " ")
            if let hedge = QuantityVocabulary.hedges[words] { return (index - length, hedge.isApproximate, hedge.bound) }
        }
        return nil
    }

    // MARK: Numbers that are not amounts

    /// Model names, "No. 10", "3+3", times, dates ("July 19", "19 July") and ordinals.
    private static func isOtherNumber(_ tokens: [QuantityToken], at index: Int) -> Bool {
        let token = tokens[index]
        // "MP3", "G8", "F1": digits written on to a word name a thing, not an amount.
        if index >= 1, !token.followsSpace, tokens[index - 1].kind == .word { return true }
        if index >= 2, tokens[index - 1].text == "-", !token.followsSpace, !tokens[index - 1].followsSpace, tokens[index - 2].kind == .word {
            return true
        }
        if index >= 1, ["No", "no", "Nos", "+", "#"].contains(tokens[index - 1].text) || (index >= 2 && tokens[index - 1].text == "." && tokens[index - 2].text == "No") {
            return true
        }
        if index + 1 < tokens.count, !tokens[index + 1].followsSpace, ["+", ":", "/"].contains(tokens[index + 1].text) { return true }
        if index + 1 < tokens.count, !tokens[index + 1].followsSpace, ["st", "nd", "rd", "th"].contains(tokens[index + 1].text) { return true }
        let before = index >= 1 ? tokens[index - 1].text : ""
        let after = index + 1 < tokens.count ? tokens[index + 1].text : ""
        return QuantityVocabulary.months.contains(before) || QuantityVocabulary.months.contains(after)
    }

    /// A four-digit whole number that reads as a year.
    private static func isYear(_ token: QuantityToken) -> Bool {
        guard token.text.count == 4, token.text.allSatisfy(\.isNumber), let value = Int(token.text) else { return false }
        return (1800...2100).contains(value)
    }
}
