/// Hand-written rules that find temporal expressions in a sentence's tokens.
///
/// Each rule starts at the token that leads its expression (a number, a month, "the", "last"…)
/// and reads forward; rules for bare numbers also look back for a word that makes them a year.
struct TemporalGrammar {
    let tokens: [TimeToken]
    /// Where the previous match ended, so that "2003 and 2009" reads both numbers as years.
    var previousMatchEnd = -1

    init(tokens: [TimeToken]) {
        self.tokens = tokens
    }

    /// Words that can lead an expression; any other word is skipped at once.
    static let leadingWords: Set<String> = {
        var words: Set<String> = ["the", "this", "last", "next", "that", "yesterday", "today", "tomorrow", "earlier", "later",
                                  "q", "h", "noon", "midnight"]
        for table in [TimeLexicon.months, TimeLexicon.monthAbbreviations, TimeLexicon.weekdays, TimeLexicon.cardinals] {
            words.formUnion(table.keys)
        }
        words.formUnion(TimeLexicon.seasons.keys)
        words.formUnion(TimeLexicon.parts.keys)
        words.formUnion(["first", "second", "third", "fourth"])
        words.formUnion(referenceLeaders)
        words.formUnion(TimeLexicon.holidayLeaders)
        return words
    }()

    /// The expression starting at token `index`, extended to a range when another one follows.
    func match(at index: Int) -> GrammarMatch? {
        let token = tokens[index]
        guard token.kind != .word || Self.leadingWords.contains(token.text), let first = core(at: index) else { return nil }
        return withDayPart(range(startingWith: first) ?? first)
    }

    /// The expression starting at token `index`. `inContext` says that the words before already
    /// make it a date, as "from" does for the end of a range, so ambiguous words need no more context.
    func core(at index: Int, inContext: Bool = false) -> GrammarMatch? {
        let token = tokens[index]
        switch token.kind {
        case .number: return numberLed(index, inContext: inContext)
        case .word: return wordLed(index, inContext: inContext)
        case .symbol: return token.isApostrophe ? decade(at: index, afterThe: true) : nil
        }
    }

    private func numberLed(_ index: Int, inContext: Bool) -> GrammarMatch? {
        if let calendar = numericDate(at: index) ?? yearRange(at: index) ?? decade(at: index, afterThe: false) ?? century(at: index) {
            return calendar
        }
        if let days = dayRangeBeforeMonth(at: index) ?? seasonAfterYear(at: index) ?? dayMonth(at: index) { return days }
        return timeOfDay(at: index) ?? ago(at: index) ?? duration(at: index) ?? bareYear(at: index, inContext: inContext)
    }

    private func wordLed(_ index: Int, inContext: Bool) -> GrammarMatch? {
        let word = tokens[index].text
        switch word {
        case "the": return theLed(index) ?? theLedReference(index)
        case "this", "last", "next", "that": return relative(at: index)
        case "yesterday": return GrammarMatch(index..<index + 1, .relative(.day, -1))
        case "today": return isNameInSentence(index) ? nil : GrammarMatch(index..<index + 1, .relative(.day, 0))
        case "tomorrow": return GrammarMatch(index..<index + 1, .relative(.day, 1))
        case "earlier", "later": return relative(at: index + 1).map { $0.starting(at: index) }
        case "early", "mid", "late": return partLed(index)
        case "q", "h": return periodCode(at: index)
        case "noon", "midnight": return namedTime(at: index)
        default: break
        }
        if TimeLexicon.months[word] != nil || TimeLexicon.monthAbbreviations[word] != nil { return monthLed(index, inContext: inContext) }
        if TimeLexicon.weekdays[word] != nil { return weekdayLed(index) }
        if TimeLexicon.holidayLeaders.contains(word) { return holiday(at: index) }
        if TimeLexicon.seasons[word] != nil { return seasonLed(index, inContext: inContext) }
        if Self.referenceLeaders.contains(word) { return referenceLed(index) }
        if TimeLexicon.cardinals[word] != nil { return ago(at: index) ?? duration(at: index) }
        return adjectivalQuarter(at: index)
    }

    // MARK: Token tests shared by the rules

    func token(_ index: Int) -> TimeToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    /// The lowercased word at `index`, or "" for anything else.
    func word(_ index: Int) -> String {
        guard let token = token(index), token.isWord else { return "" }
        return token.text
    }

    /// Whether the token at `index` exists and touches the one before it.
    func isAttached(_ index: Int) -> Bool {
        token(index).map { !$0.isSpaced } ?? false
    }

    /// Whether the token at `index` is the mark `mark`.
    func isSymbol(_ index: Int, _ mark: String) -> Bool {
        token(index)?.isSymbol(mark) ?? false
    }

    /// A number that stands alone: not part of "2,000", "1.5", "$2019", "Su-35", "17%" or "20bn".
    /// `joined` accepts a mark just before it, for numbers that continue a compound ("mid-2023",
    /// "2024-01-24"); `rangeFollows` accepts a dash and a number after it ("May 12-23").
    func isolatedNumber(at index: Int, joined: Bool = false, rangeFollows: Bool = false) -> Int? {
        guard let number = token(index), number.isNumber, let value = number.number else { return nil }
        if let previous = token(index - 1), !number.isSpaced, !(joined && previous.kind == .symbol) {
            guard previous.kind == .symbol, !["$", "£", "€", "#", "+", "-", "–", "/", ".", ",", ":", "¥", "№"].contains(previous.text) else { return nil }
        }
        if let next = token(index + 1), !next.isSpaced {
            if next.isWord || next.isNumber || next.text == "%" { return nil }
            if [",", ".", ":", "/", "-", "–"].contains(next.text), isAttached(index + 2), token(index + 2)?.isNumber == true,
               !(rangeFollows && next.isDash) { return nil }
        }
        return value
    }

    /// A four-digit number that can be a year (1000–2100), standing alone.
    func yearNumber(at index: Int, joined: Bool = false) -> Int? {
        guard token(index)?.digitCount == 4, let value = isolatedNumber(at: index, joined: joined),
              (1000...2100).contains(value) else { return nil }
        return value
    }

    /// Whether a capitalised word stands inside the sentence, where it is a name ("Radio 4's Today programme").
    func isNameInSentence(_ index: Int) -> Bool {
        tokens[index].isCapitalized && tokens[..<index].contains { $0.kind != .symbol }
    }

    /// Whether an apostrophe and "s" follow at `index`: "2019's", "January's".
    func isPossessive(at index: Int) -> Bool {
        (token(index)?.isApostrophe ?? false) && isAttached(index) && word(index + 1) == "s" && isAttached(index + 1)
    }
}
