/// Where the words of a plain conjunction stand in one sentence: whether they follow each other
/// as typed, and whether they all fall within a few words of each other.
struct ConjunctionLayout {
    /// Where each word starts in the sentence; word `i` is phrase `i` of the match expression.
    private let starts: [[Int]]
    /// How many tokens each word has ("S-400" has two).
    private let lengths: [Int]

    init(instances: [PhraseInstance], wordLengths: [Int]) {
        var starts = [[Int]](repeating: [], count: wordLengths.count)
        for instance in instances where instance.phrase < wordLengths.count { starts[instance.phrase].append(instance.offset) }
        self.starts = starts
        lengths = wordLengths
    }

    /// Whether the words stand next to each other in the typed order, as one phrase.
    var formsPhrase: Bool {
        let later = starts.dropFirst().map(Set.init)
        return (starts.first ?? []).contains { first in
            var next = first + lengths[0]
            for (index, offsets) in later.enumerated() {
                guard offsets.contains(next) else { return false }
                next += lengths[index + 1]
            }
            return true
        }
    }

    /// Whether some occurrence of every word lies within `window` words, counted as FTS5's `NEAR`
    /// counts them: the words between the end of the first and the start of the last.
    func isWithin(_ window: Int) -> Bool {
        let placed = starts.enumerated().flatMap { word, offsets in offsets.map { (start: $0, word: word) } }.sorted { $0.start < $1.start }
        var seen = [Int](repeating: 0, count: starts.count)
        var covered = 0, left = 0
        for right in placed.indices {
            if seen[placed[right].word] == 0 { covered += 1 }
            seen[placed[right].word] += 1
            while covered == starts.count {
                let first = placed[left]
                if placed[right].start - (first.start + lengths[first.word]) <= window { return true }
                seen[first.word] -= 1
                if seen[first.word] == 0 { covered -= 1 }
                left += 1
            }
        }
        return false
    }
}
