/// Finds passages that repeat verbatim elsewhere in a document, such as a pull quote printed beside
/// the paragraph it was taken from, so that the text is shown once.
enum RepeatedPassageFilter {
    /// Passages shorter than this many words are too common to count as repeats.
    static let minimumWords = 6

    /// Returns the indices of passages to drop: those whose words occur elsewhere inside longer text,
    /// and every later copy of a passage that repeats whole.
    static func repeatedPassages(_ passages: [String]) -> Set<Int> {
        var vocabulary: [String: Int] = [:]
        let tokenized = passages.map { passage in
            tokens(passage).map { word in
                if let id = vocabulary[word] { return id }
                vocabulary[word] = vocabulary.count
                return vocabulary.count - 1
            }
        }
        var all: [Int] = []
        var owner: [Int] = []
        var starts: [Int] = []
        for (index, words) in tokenized.enumerated() {
            starts.append(all.count)
            all.append(contentsOf: words)
            owner.append(contentsOf: repeatElement(index, count: words.count))
        }
        var positionsByGram: [Int: [Int]] = [:]
        if all.count >= minimumWords {
            for position in 0...(all.count - minimumWords) {
                positionsByGram[gramKey(all[position..<(position + minimumWords)]), default: []].append(position)
            }
        }
        var dropped = Set<Int>()
        for (index, words) in tokenized.enumerated() where words.count >= minimumWords {
            let own = starts[index]..<(starts[index] + words.count)
            for position in positionsByGram[gramKey(words[0..<minimumWords])] ?? [] {
                let occurrence = position..<(position + words.count)
                guard !occurrence.overlaps(own), occurrence.upperBound <= all.count,
                      all[occurrence].elementsEqual(words) else { continue }
                let isWholeCopy = starts[owner[position]] == position && tokenized[owner[position]].count == words.count
                if !isWholeCopy || owner[position] < index {
                    dropped.insert(index)
                    break
                }
            }
        }
        return dropped
    }

    /// A hash of a run of word ids; collisions only cost a comparison, which rejects them.
    private static func gramKey(_ gram: ArraySlice<Int>) -> Int {
        var hasher = Hasher()
        for id in gram { hasher.combine(id) }
        return hasher.finalize()
    }

    /// Lowercased runs of letters and digits: the words a reader would compare.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isLetterOrDigit {
                if scalar.value < 0x80 {
                    current.append(scalar.isUppercaseLetter ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else {
                    current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }
}
