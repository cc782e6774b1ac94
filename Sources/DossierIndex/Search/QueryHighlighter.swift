import Foundation

/// Finds the words of a sentence that a query matched, the way the index matched them: case and
/// diacritics folded, words stemmed, prefixes and phrases honoured. It spares a round trip to SQLite
/// for every result shown.
public struct QueryHighlighter: Sendable {
    /// A word or phrase to look for, as folded and stemmed tokens.
    struct Pattern: Sendable {
        var stems: [String]
        /// The last token matches any word that begins with it.
        var prefix: Bool
        var lastFolded: String
    }

    let patterns: [Pattern]

    public init(query: SearchQuery) {
        func patterns(_ node: QueryNode) -> [Pattern] {
            switch node {
            case let .term(tokens, prefix): return [Self.pattern(tokens, prefix: prefix)]
            case .phrase(let tokens): return [Self.pattern(tokens, prefix: false)]
            case .all(let children), .any(let children): return children.flatMap(patterns)
            case .not: return []
            }
        }
        self.patterns = query.root.map(patterns) ?? []
    }

    private static func pattern(_ tokens: [String], prefix: Bool) -> Pattern {
        let folded = tokens.map(fold)
        return Pattern(stems: folded.map(PorterStemmer.stem), prefix: prefix, lastFolded: folded.last ?? "")
    }

    /// Scalar ranges of the matched words and phrases in `text`, in order, without overlaps.
    public func ranges(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        let words = Self.wordRanges(in: scalars)
        var cache: [Int: (folded: String, stem: String)] = [:]
        func forms(_ index: Int) -> (folded: String, stem: String) {
            if let known = cache[index] { return known }
            let folded = Self.fold(MappedText.string(from: scalars[words[index]]))
            let computed = (folded, PorterStemmer.stem(folded))
            cache[index] = computed
            return computed
        }
        var ranges: [Range<Int>] = []
        for pattern in patterns where !pattern.stems.isEmpty && words.count >= pattern.stems.count {
            for start in 0...(words.count - pattern.stems.count) {
                let matched = pattern.stems.indices.allSatisfy { offset in
                    let index = start + offset
                    // Stemming only rewrites endings, so a different first letter rules a word out cheaply.
                    guard Self.firstLetterMatches(scalars[words[index].lowerBound], pattern.stems[offset]) else { return false }
                    return Self.matches(forms(index), stem: pattern.stems[offset],
                                        prefix: pattern.prefix && offset == pattern.stems.count - 1, folded: pattern.lastFolded)
                }
                if matched { ranges.append(words[start].lowerBound..<words[start + pattern.stems.count - 1].upperBound) }
            }
        }
        return Self.merged(ranges)
    }

    private static func matches(_ word: (folded: String, stem: String), stem: String, prefix: Bool, folded: String) -> Bool {
        prefix ? word.folded.hasPrefix(folded) || word.stem.hasPrefix(stem) : word.stem == stem
    }

    private static func firstLetterMatches(_ first: Unicode.Scalar, _ stem: String) -> Bool {
        guard let wanted = stem.unicodeScalars.first, first.value < 0x80, wanted.value < 0x80 else { return true }
        let lowered = (0x41...0x5A).contains(first.value) ? first.value + 32 : first.value
        return lowered == wanted.value
    }

    /// Runs of letters and digits, as FTS5's unicode61 tokenizer splits text.
    static func wordRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (offset, scalar) in scalars.enumerated() {
            if scalar.isLetterOrDigit || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark) {
                if start == nil { start = offset }
            } else if let begun = start {
                ranges.append(begun..<offset)
                start = nil
            }
        }
        if let begun = start { ranges.append(begun..<scalars.count) }
        return ranges
    }

    /// Lowercase without diacritics, as the index stores words.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let stripped = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        return String(String.UnicodeScalarView(stripped)).lowercased()
    }

    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
