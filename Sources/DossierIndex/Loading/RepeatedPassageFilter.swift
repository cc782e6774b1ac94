/// Finds passages that repeat verbatim elsewhere in a document, such as a pull quote printed beside
/// the paragraph it was taken from, so that the text is shown once.
enum RepeatedPassageFilter {
    /// Passages shorter than this many words are too common to count as repeats.
    static let minimumWords = 6
    /// A whole sentence found inside longer text is a pull quote only from this many words on: a
    /// pull quote quotes at least a clause, while shorter repeats are the entries of a list or a
    /// table that recur in a longer row (a seven-word athlete-and-club entry in a bbc-news results list).
    static let minimumQuoteWords = 8

    /// Returns the indices of passages to drop: those whose words occur elsewhere inside longer text
    /// (for the `wholeSentences`, only from `minimumQuoteWords` on), and every later copy of a
    /// passage that repeats whole.
    static func repeatedPassages(_ passages: [[UInt64]], wholeSentences: Set<Int> = []) -> Set<Int> {
        var all: [UInt64] = []
        var owner: [Int] = []
        var starts: [Int] = []
        for (index, words) in passages.enumerated() {
            starts.append(all.count)
            all.append(contentsOf: words)
            owner.append(contentsOf: repeatElement(index, count: words.count))
        }
        // Word runs sorted by their hash: a passage repeats only if its first run occurs twice, which
        // bisection finds without hashing every run into a dictionary.
        let grams = all.count >= minimumWords
            ? (0...(all.count - minimumWords)).map { (key: gramKey(all[$0..<($0 + minimumWords)]), position: $0) }.sorted { $0.key < $1.key }
            : []
        var dropped = Set<Int>()
        for (index, words) in passages.enumerated() where words.count >= minimumWords {
            let own = starts[index]..<(starts[index] + words.count)
            for position in positions(of: gramKey(words[0..<minimumWords]), in: grams) {
                let occurrence = position..<(position + words.count)
                guard !occurrence.overlaps(own), occurrence.upperBound <= all.count,
                      all[occurrence].elementsEqual(words) else { continue }
                let isWholeCopy = starts[owner[position]] == position && passages[owner[position]].count == words.count
                if isWholeCopy ? owner[position] < index : !wholeSentences.contains(index) || words.count >= minimumQuoteWords {
                    dropped.insert(index)
                    break
                }
            }
        }
        return dropped
    }

    /// The positions of the runs with hash `key`, when there are at least two.
    private static func positions(of key: UInt64, in grams: [(key: UInt64, position: Int)]) -> [Int] {
        var low = 0, high = grams.count
        while low < high {
            let middle = (low + high) / 2
            if grams[middle].key < key { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < grams.count, grams[end].key == key { end += 1 }
        return end - low >= 2 ? grams[low..<end].map(\.position) : []
    }

    /// Combines a run of word hashes; a collision only costs a comparison, which rejects it.
    private static func gramKey(_ gram: ArraySlice<UInt64>) -> UInt64 {
        gram.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ $1) &* 0x0000_0100_0000_01B3 }
    }

    /// A hash of each run of letters and digits, lowercased: the words a reader would compare.
    static func wordHashes(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in scalars {
            if scalar.isLetterOrDigit {
                let folded: UInt32
                if scalar.value < 0x80 {
                    folded = scalar.isUppercaseLetter ? scalar.value + 32 : scalar.value
                } else {
                    folded = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value
                }
                hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }
}
