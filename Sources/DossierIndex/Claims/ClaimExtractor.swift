/// Reads the claim in a sentence: its entities (noting where one is a location), its content
/// words as Porter stems, its amounts and its dates. A sentence with nothing checkable (no
/// amount, date, place or two entities), or saying too little, is no claim.
struct ClaimExtractor {
    let gazetteer: Gazetteer
    /// Fewer content words, names and amounts than this say too little to compare.
    var minimumFeatures = 4

    init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// One sentence with what the index found in it; ranges are scalar offsets in `text`.
    struct Sentence {
        var id: Int64
        var documentID: Int64
        var text: String
        var mentions: [(range: Range<Int>, entity: ClaimEntity)]
        var dates: [(range: Range<Int>, date: ClaimDate)]
    }

    /// The content term of each word met so far. The same words recur in sentence after
    /// sentence, and stemming them is most of the work of reading a claim, so each thread keeps one.
    struct Memo {
        fileprivate var terms: [String: (stem: String, rarity: Double)?] = [:]
    }

    func claim(in sentence: Sentence, memo: inout Memo) -> Claim? {
        let scalars = Array(sentence.text.unicodeScalars)
        let quantities = QuantityParser.quantities(in: sentence.text).filter { quantity in
            !sentence.dates.contains { $0.range.overlaps(quantity.range) }
        }
        let taken = sentence.mentions.map(\.range) + sentence.dates.map(\.range) + quantities.map(\.range)
        let years = Self.looseYears(in: scalars, skipping: taken)
        let covered = taken + years.map(\.range)
        let terms = contentTerms(scalars, skipping: covered, memo: &memo)
        let dates = sentence.dates + years
        let entities = sentence.mentions.map { mention in
            var entity = mention.entity
            entity.isLocation = entity.type == .place && isLocative(before: mention.range.lowerBound, in: scalars)
            entity.isCountry = gazetteer.place(entity.name)?.kind == .country
            return entity
        }
        let checkable = !quantities.isEmpty || !dates.isEmpty || entities.contains { $0.type == .place } || Set(entities.map(\.id)).count >= 2
        let informative = terms.count + Set(entities.map(\.id)).count + quantities.count + dates.count
        guard checkable, !terms.isEmpty, informative >= minimumFeatures, scalars.last != "?" else { return nil }
        return Claim(sentenceID: sentence.id, documentID: sentence.documentID, entities: Self.unique(entities), terms: terms,
                     quantities: quantities, dates: dates.map(\.date))
    }

    /// Four-digit numbers from 1800 to 2099 that the tagger left alone for want of a word that
    /// makes them years ("while 2021 figures were…"): in news text such a number, outside an
    /// amount or a name, is a year, which is all comparing claims needs.
    static func looseYears(in scalars: [Unicode.Scalar], skipping taken: [Range<Int>]) -> [(range: Range<Int>, date: ClaimDate)] {
        QueryHighlighter.wordRanges(in: scalars).compactMap { range in
            guard range.count == 4, !taken.contains(where: { $0.overlaps(range) }), !isPartOfNumber(range, in: scalars),
                  let year = Int(MappedText.string(from: scalars[range])), (1800...2099).contains(year), let value = TimexValue(String(year)) else { return nil }
            return (range, ClaimDate(text: String(year), value: value.value, firstDay: value.firstDay, lastDay: value.lastDay))
        }
    }

    /// "1,2021" or "2021.5": digits that continue a longer number.
    private static func isPartOfNumber(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let before = range.lowerBound >= 2 ? (scalars[range.lowerBound - 1], scalars[range.lowerBound - 2]) : nil
        let after = range.upperBound + 1 < scalars.count ? (scalars[range.upperBound], scalars[range.upperBound + 1]) : nil
        let joins: (Unicode.Scalar, Unicode.Scalar) -> Bool = { mark, digit in ",.".unicodeScalars.contains(mark) && digit.properties.numericType != nil }
        return before.map { joins($0.0, $0.1) } ?? false || after.map { joins($0.0, $0.1) } ?? false
    }

    /// Stems of the words outside names, dates and amounts that are not among the commonest
    /// English words, with how rare each is in English.
    private func contentTerms(_ scalars: [Unicode.Scalar], skipping covered: [Range<Int>], memo: inout Memo) -> [String: Double] {
        var terms: [String: Double] = [:]
        for range in QueryHighlighter.wordRanges(in: scalars) where !covered.contains(where: { $0.overlaps(range) }) {
            let word = QueryHighlighter.fold(MappedText.string(from: scalars[range]))
            let term: (stem: String, rarity: Double)?
            if let known = memo.terms[word] {
                term = known
            } else {
                term = contentTerm(word)
                memo.terms[word] = term
            }
            if let (stem, rarity) = term { terms[stem] = max(terms[stem] ?? 0, rarity) }
        }
        return terms
    }

    /// The stem of a folded word and its rarity in English, unless the word is too short, a
    /// number, a month or too common to say anything.
    private func contentTerm(_ word: String) -> (stem: String, rarity: Double)? {
        guard word.count >= 3, !word.allSatisfy(\.isNumber), !QuantityVocabulary.monthWords.contains(word) else { return nil }
        let stem = PorterStemmer.stem(word)
        // Common words say nothing about the subject, except the events comparing dates depends on ("ended").
        let frequency = gazetteer.frequency(of: word)
        guard frequency < Self.commonWordFrequency || ClaimComparator.onceOnlyEvents.contains(stem) else { return nil }
        return (stem, max(1, Self.rarestFrequency - frequency))
    }

    /// Words at least this frequent (Zipf) carry no subject: "the", "said", "would".
    static let commonWordFrequency = 5.3
    /// A word rarer than this in English (or unknown to the word list) is as rare as a name.
    static let rarestFrequency = 7.0

    /// "in Azerbaijan", "in northern Iran": a place named as where something is.
    private func isLocative(before start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let words = QueryHighlighter.wordRanges(in: Array(scalars[..<start])).suffix(2).map { QueryHighlighter.fold(MappedText.string(from: scalars[$0])) }
        guard let last = words.last else { return false }
        if Self.locativePrepositions.contains(last) { return true }
        return words.count == 2 && Self.locativePrepositions.contains(words[0]) && Self.directions.contains(last)
    }

    static let locativePrepositions: Set<String> = ["in", "inside", "within", "at"]
    static let directions: Set<String> = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                                          "northeastern", "northwestern", "southeastern", "southwestern"]

    /// Each entity once, a location if any of its mentions places something in it.
    private static func unique(_ entities: [ClaimEntity]) -> [ClaimEntity] {
        var merged: [ClaimEntity] = []
        for entity in entities {
            if let index = merged.firstIndex(where: { $0.id == entity.id }) {
                merged[index].isLocation = merged[index].isLocation || entity.isLocation
            } else {
                merged.append(entity)
            }
        }
        return merged
    }
}
