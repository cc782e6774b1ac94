/// Finds where a name the user declared an alias occurs in a document, for names extraction did
/// not find by itself ("the Supreme Leader").
///
/// The name matches as written, as whole words, except that its first letter may change case (it
/// may open a sentence) and straight and curly apostrophes are the same; "US" never matches "us".
struct AliasFinder {
    let surface: String
    private let pattern: [Unicode.Scalar]

    init(surface: String) {
        self.surface = surface
        pattern = surface.unicodeScalars.map(Self.normalized)
    }

    /// The occurrences in the document that overlap none of `taken` (ranges already mentions).
    func mentions(in document: LoadedDocument, avoiding taken: [Range<Int>]) -> [ExtractedMention] {
        guard !pattern.isEmpty else { return [] }
        var found: [ExtractedMention] = []
        for (index, sentence) in document.sentences.enumerated() {
            let scalars = Array(sentence.text.unicodeScalars)
            for offset in occurrences(in: scalars) {
                let range = (sentence.range.lowerBound + offset)..<(sentence.range.lowerBound + offset + pattern.count)
                guard !taken.contains(where: { $0.overlaps(range) }) else { continue }
                let text = String(String.UnicodeScalarView(scalars[offset..<(offset + pattern.count)]))
                found.append(ExtractedMention(sentence: index, range: range, text: text, type: nil, confidence: 0,
                                              key: NameKey.of(surface), fullName: surface))
            }
        }
        return found
    }

    /// Where the pattern starts in `scalars` as whole words.
    func occurrences(in scalars: [Unicode.Scalar]) -> [Int] {
        guard scalars.count >= pattern.count else { return [] }
        return (0...(scalars.count - pattern.count)).filter { start in
            matches(scalars, at: start)
                && (start == 0 || !Self.isWordScalar(scalars[start - 1]))
                && (start + pattern.count == scalars.count || !Self.isWordScalar(scalars[start + pattern.count]))
        }
    }

    private func matches(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        let first = Self.normalized(scalars[start])
        guard first == pattern[0] || first.properties.lowercaseMapping == pattern[0].properties.lowercaseMapping else { return false }
        for offset in 1..<pattern.count where Self.normalized(scalars[start + offset]) != pattern[offset] { return false }
        return true
    }

    private static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "\u{2019}" ? "'" : scalar
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
