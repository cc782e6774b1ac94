/// Splits a sentence into the tokens the entity recogniser reads: words (keeping hyphenated
/// names, dotted abbreviations and inner apostrophes together), numbers, possessives, punctuation.
enum NameTokenizer {
    static func tokens(of sentence: [Unicode.Scalar]) -> [NameToken] {
        var tokens: [NameToken] = []
        var index = 0
        // Inside 'single quotes' a closing apostrophe after an s is the quote, not a possessive.
        var isQuoteOpen = false
        while index < sentence.count {
            let scalar = sentence[index]
            if scalar.isSpace {
                index += 1
            } else if isApostrophe(scalar), isPossessive(sentence, at: index), let last = tokens.last, last.kind == .word || last.kind == .number {
                tokens.append(NameToken(range: index..<(index + 2), text: MappedText.string(from: sentence[index..<(index + 2)]), kind: .possessive))
                index += 2
            } else if isApostrophe(scalar), !isQuoteOpen, let last = tokens.last, isPluralPossessive(sentence, at: index, after: last) {
                tokens.append(NameToken(range: index..<(index + 1), text: String(scalar), kind: .possessive))
                index += 1
            } else if scalar.isLetterOrDigit {
                let end = wordEnd(sentence, from: index)
                let text = MappedText.string(from: sentence[index..<end])
                let isNumber = sentence[index..<end].allSatisfy { $0.isDigit || $0 == "," || $0 == "." }
                tokens.append(NameToken(range: index..<end, text: text, kind: isNumber ? .number : .word))
                index = end
            } else {
                if isApostrophe(scalar) || scalar == "‘" { isQuoteOpen = index == 0 || !sentence[index - 1].isLetterOrDigit }
                tokens.append(NameToken(range: index..<(index + 1), text: String(scalar), kind: .punctuation))
                index += 1
            }
        }
        return tokens
    }

    /// The apostrophe of "Williams' song": right after a word ending in s, before a space or the end.
    private static func isPluralPossessive(_ text: [Unicode.Scalar], at index: Int, after last: NameToken) -> Bool {
        last.kind == .word && last.range.upperBound == index && (last.text.hasSuffix("s") || last.text.hasSuffix("S"))
            && (index + 1 == text.count || text[index + 1].isSpace)
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

    static let descriptiveSuffixes: Set<String> = ["style", "type", "wide", "bound", "era", "friendly", "born", "run", "made", "only", "specific",
                                                   "centric", "winning"]

    /// A lowercase word such as "based", "led", "backed" or "style" that turns the name before it into an adjective.
    private static func isDescriptiveSuffix(_ text: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < text.count, text[end].isLowercaseLetter { end += 1 }
        guard end - start >= 2, end == text.count || !text[end].isLetterOrDigit else { return false }
        let word = MappedText.string(from: text[start..<end])
        return word.hasSuffix("ed") || descriptiveSuffixes.contains(word)
    }

    /// "’s" or "'s" closing a word.
    private static func isPossessive(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        index + 1 < text.count && (text[index + 1] == "s" || text[index + 1] == "S")
            && (index + 2 == text.count || !text[index + 2].isLetterOrDigit)
    }

    /// The end of the word starting at `start`: letters and digits, joined by hyphens, inner
    /// apostrophes ("O’Neill") and the periods of abbreviations ("U.S.", "St."), and by "&" between capitals ("AT&T").
    private static func wordEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < text.count {
            if text[end].isLetterOrDigit || text[end].properties.generalCategory == .nonspacingMark {
                end += 1
                continue
            }
            let next = end + 1 < text.count ? text[end + 1] : nil
            switch text[end] {
            case "-", "‑":
                guard let next, next.isLetterOrDigit else { return end }
                // A lowercase prefix before a name is not part of it ("anti-Labour", "post-World
                // Cup"), but a particle is ("al-Assad").
                if next.isUppercaseLetter, text[start..<end].allSatisfy(\.isLowercaseLetter),
                   !NameToken.particlePrefixes.contains(MappedText.string(from: text[start...end])) { return end }
                // Two capitalised words joined by a hyphen ("Iran-Russia", "Ali-Akbar") stay apart
                // here; the candidate finder decides whether they are one name or two.
                if text[start].isUppercaseLetter, next.isUppercaseLetter, !text[start..<end].contains(where: \.isDigit) { return end }
                // A name before "-based", "-led", "-style" is a name: "EU-based", "US-led".
                if text[start].isUppercaseLetter, isDescriptiveSuffix(text, from: end + 1) { return end }
            case "'", "’":
                guard let next, next.isLetter, !isPossessive(text, at: end) else { return end }
            case ".":
                // "U.S.", "U.N." and "p.m.": single letters separated by periods.
                let letterBefore = end - start == 1 || (end >= 2 && text[end - 2] == ".")
                guard letterBefore, text[end - 1].isLetter else { return end }
                if let next, next.isLetter, end + 2 >= text.count || text[end + 2] == "." { break }
                return end + 1
            case "&":
                guard let next, next.isUppercaseLetter, text[end - 1].isUppercaseLetter else { return end }
            default:
                return end
            }
            end += 1
        }
        return end
    }
}
