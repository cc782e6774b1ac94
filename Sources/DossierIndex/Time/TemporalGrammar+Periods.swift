/// Rules for periods longer than a month: decades, centuries, quarters, halves, seasons, and
/// the parts of periods ("early 2023", "the end of September").
extension TemporalGrammar {
    private static let seasonContext: Set<String> = ["in", "during", "by", "until", "till", "since", "through", "throughout", "over", "of"]

    /// Expressions led by "the": "the 1990s", "the late 16th century", "the first quarter of 2024",
    /// "the summer of 2021", "the end of the year", "the 24th of January", "the weekend".
    func theLed(_ index: Int) -> GrammarMatch? {
        let next = index + 1
        guard next < tokens.count else { return nil }
        if let modifier = TimeLexicon.partNouns[word(next)], word(next + 1) == "of", let period = periodAfterPartNoun(at: next + 2) {
            return period.starting(at: index, modifier: modifier)
        }
        if let seasonMatch = seasonLed(next, inContext: true) { return seasonMatch.starting(at: index) }
        if word(next) == "weekend" { return GrammarMatch(index..<next + 1, .weekend(.byTense)) }
        if let decade = TimeLexicon.decadeWords[word(next)] { return GrammarMatch(index..<next + 1, .absolute(.decade(decade))) }
        let found = decade(at: next, afterThe: true) ?? partLed(next).flatMap { $0.reference.isLongerThanAYear ? $0 : nil }
            ?? century(at: next) ?? quarterOrHalf(at: next) ?? ordinalDayOfMonth(at: next)
        return found?.starting(at: index)
    }

    /// "early", "mid" or "late" before a year, a month, a decade, a century, a season or "this year".
    func partLed(_ index: Int) -> GrammarMatch? {
        guard let modifier = TimeLexicon.parts[word(index)] else { return nil }
        let hyphenated = token(index + 1)?.isDash == true && isAttached(index + 1)
        let start = hyphenated ? index + 2 : index + 1
        guard let period = partOfWhat(at: start, afterDash: hyphenated) else { return nil }
        return period.starting(at: index, modifier: modifier)
    }

    /// A decade: "1990s", "the 1990's", "the '90s", "the 90s"; the hundreds of a century ("1800s") are the century.
    func decade(at index: Int, afterThe: Bool) -> GrammarMatch? {
        let apostrophe = token(index)?.isApostrophe == true
        let numberIndex = apostrophe ? index + 1 : index
        guard let number = token(numberIndex), number.isNumber, let value = number.number, value % 10 == 0,
              !apostrophe || isAttached(numberIndex) else { return nil }
        let plural: Int
        if word(numberIndex + 1) == "s", isAttached(numberIndex + 1) {
            plural = numberIndex + 2
        } else if afterThe, isPossessive(at: numberIndex + 1) {
            plural = numberIndex + 3
        } else {
            return nil
        }
        guard !(isAttached(plural) && token(plural)?.isWord == true) else { return nil }
        switch number.digitCount {
        case 4 where (1000...2090).contains(value):
            let isCentury = value % 100 == 0 && value != 2000
            return GrammarMatch(index..<plural, .absolute(isCentury ? .century(value / 100) : .decade(value / 10)))
        case 2 where (afterThe || apostrophe) && (value >= 30 || value <= 10):
            return GrammarMatch(index..<plural, .absolute(.decade(value >= 30 ? 190 + value / 10 : 200 + value / 10)))
        default:
            return nil
        }
    }

    /// "16th century", "twenty-first century".
    func century(at index: Int) -> GrammarMatch? {
        guard let (ordinal, end) = ordinal(at: index), (1...22).contains(ordinal), word(end) == "century" else { return nil }
        return GrammarMatch(index..<end + 1, .absolute(.century(ordinal - 1)))
    }

    /// A season with a year, or in a context that makes the word a season: "summer 2021", "the summer of 2025", "in spring".
    func seasonLed(_ index: Int, inContext: Bool) -> GrammarMatch? {
        guard let season = TimeLexicon.seasons[word(index)] else { return nil }
        let template = TimexPeriod.season(year: DateReference.templateYear, season: season)
        if let year = yearNumber(at: index + 1), token(index + 1)!.isSpaced {
            return GrammarMatch(index..<index + 2, .absolute(.season(year: year, season: season)))
        }
        if word(index + 1) == "of", let (year, end) = yearSpecification(at: index + 2) {
            return GrammarMatch(index..<end, .part(template, in: year))
        }
        guard word(index) != "fall", inContext || (Self.seasonContext.contains(word(index - 1)) && !isNameInSentence(index)),
              !isRecurring(index) else { return nil }
        return GrammarMatch(index..<index + 1, .partOfYear(template, .occurrence(.byTense)))
    }

    /// A year before a season: "the 2006 autumn conference".
    func seasonAfterYear(at index: Int) -> GrammarMatch? {
        guard let year = yearNumber(at: index), let season = TimeLexicon.seasons[word(index + 1)], token(index + 1)?.isSpaced == true,
              word(index + 1) != "fall" else { return nil }
        return GrammarMatch(index..<index + 2, .absolute(.season(year: year, season: season)))
    }

    /// A holiday of fixed date, capitalised and not part of a longer name: "Christmas", "New Year's Day".
    func holiday(at index: Int) -> GrammarMatch? {
        guard tokens[index].isCapitalized, !(isAttached(index) && token(index - 1)?.isDash == true) else { return nil }
        // "a normal Christmas", "every Christmas": any year's holiday, not one day.
        guard ![word(index - 1), word(index - 2)].contains(where: { ["a", "an", "every", "each"].contains($0) }) else { return nil }
        for (words, date) in TimeLexicon.holidays.sorted(by: { $0.key.count > $1.key.count }) {
            var position = index
            var matched = true
            for expected in words {
                while token(position)?.isApostrophe == true { position += 1 }
                guard word(position) == expected else { matched = false; break }
                position += 1
            }
            guard matched else { continue }
            // "Christmas Trading Bill": a capitalised word after the holiday makes it part of a name.
            if let next = token(position), next.isWord, next.isCapitalized, next.isSpaced { return nil }
            guard let template = CalendarDay(year: DateReference.templateYear, month: date.month, day: date.day) else { return nil }
            return GrammarMatch(index..<position, .partOfYear(.day(template), .occurrence(.byTense)))
        }
        return nil
    }

    /// "Q1", "Q3 2024", "H2", "H1 of 2023".
    func periodCode(at index: Int) -> GrammarMatch? {
        guard let letter = token(index), letter.isCapitalized, let number = token(index + 1), number.isNumber,
              isAttached(index + 1), number.digitCount == 1, let value = number.number,
              !(isAttached(index + 2) && token(index + 2)?.isSymbol(".") != true && token(index + 2)?.isSymbol(",") != true) else { return nil }
        let template: TimexPeriod
        switch (letter.text, value) {
        case ("q", 1...4): template = .quarter(year: DateReference.templateYear, quarter: value)
        case ("h", 1...2): template = .half(year: DateReference.templateYear, half: value)
        default: return nil
        }
        if let year = yearNumber(at: index + 2), token(index + 2)!.isSpaced {
            return GrammarMatch(index..<index + 3, .part(template, in: .given(year)))
        }
        if word(index + 2) == "of", let (year, end) = yearSpecification(at: index + 3) {
            return GrammarMatch(index..<end, .part(template, in: year))
        }
        return GrammarMatch(index..<index + 2, .partOfYear(template, .occurrence(.byTense)))
    }

    /// "first-quarter" as in "first-quarter profit".
    func adjectivalQuarter(at index: Int) -> GrammarMatch? {
        guard let ordinal = TimeLexicon.ordinals[word(index)], (1...4).contains(ordinal), token(index + 1)?.isDash == true,
              isAttached(index + 1), isAttached(index + 2), word(index + 2) == "quarter" else { return nil }
        return GrammarMatch(index..<index + 3, .partOfYear(.quarter(year: DateReference.templateYear, quarter: ordinal), .occurrence(.byTense)))
    }

    /// "first quarter of 2024", "second half of the year": quarters may leave out the year, halves may not
    /// (without one, "the first half" is more often a match's than a year's).
    private func quarterOrHalf(at index: Int) -> GrammarMatch? {
        let ordinal = word(index) == "final" ? (4, index + 1) : self.ordinal(at: index)
        guard let (number, nounIndex) = ordinal else { return nil }
        let template: TimexPeriod
        switch (word(nounIndex), number) {
        case ("quarter", 1...4): template = .quarter(year: DateReference.templateYear, quarter: number)
        case ("half", 1...2): template = .half(year: DateReference.templateYear, half: number)
        default: return nil
        }
        if word(nounIndex + 1) == "of", let (year, end) = yearSpecification(at: nounIndex + 2) {
            return GrammarMatch(index..<end, .part(template, in: year))
        }
        guard case .quarter = template else { return nil }
        return GrammarMatch(index..<nounIndex + 1, .partOfYear(template, .occurrence(.byTense)))
    }

    /// "24th of January", after "the".
    private func ordinalDayOfMonth(at index: Int) -> GrammarMatch? {
        guard let (day, end) = dayNumber(at: index), end == index + 2, word(end) == "of", let (month, afterMonth) = monthName(at: end + 1) else { return nil }
        return monthDay(index, month: month, day: day, afterDay: afterMonth)
    }

    /// The year after "of": "2022", "the year", "this year", "last year", "next year".
    func yearSpecification(at index: Int) -> (year: DateReference.Year, end: Int)? {
        if let year = yearNumber(at: index) { return (.given(year), index + 1) }
        guard word(index + 1) == "year" else { return nil }
        switch word(index) {
        case "the", "this": return (.relative(0), index + 2)
        case "that": return (.mentioned(0), index + 2)
        case "last": return (.relative(-1), index + 2)
        case "next": return (.relative(1), index + 2)
        default: return nil
        }
    }

    /// An ordinal, in figures or words: "16th", "sixteenth", "twenty-first"; returns the token after it.
    func ordinal(at index: Int) -> (value: Int, end: Int)? {
        if let number = token(index), number.isNumber, let value = number.number, number.digitCount <= 2,
           TimeLexicon.ordinalSuffixes.contains(word(index + 1)), isAttached(index + 1) {
            return (value, index + 2)
        }
        if let value = TimeLexicon.ordinals[word(index)] { return (value, index + 1) }
        if word(index) == "twenty", token(index + 1)?.isDash == true, let unit = TimeLexicon.ordinals[word(index + 2)], unit < 10 {
            return (20 + unit, index + 3)
        }
        return nil
    }

    /// What "the end of", "the middle of" or "the beginning of" can apply to.
    private func periodAfterPartNoun(at index: Int) -> GrammarMatch? {
        if word(index) == "the", let unit = Self.wholeUnits[word(index + 1)] {
            return GrammarMatch(index..<index + 2, .relative(unit, 0))
        }
        let period = word(index) == "the" ? theLed(index) : partOfWhat(at: index, afterDash: false)
        return period.flatMap { $0.modifier == nil && !$0.reference.isDay ? $0 : nil }
    }

    /// What "early", "mid" and "late" can apply to.
    private func partOfWhat(at index: Int, afterDash: Bool) -> GrammarMatch? {
        guard let first = token(index) else { return nil }
        let period: GrammarMatch?
        if first.isNumber {
            period = decade(at: index, afterThe: false) ?? century(at: index)
                ?? yearNumber(at: index, joined: afterDash).map { GrammarMatch(index..<index + 1, .absolute(.year($0))) }
        } else {
            period = monthLed(index, inContext: true) ?? seasonLed(index, inContext: true) ?? relative(at: index) ?? century(at: index)
        }
        return period.flatMap { $0.modifier == nil && $0.endReference == nil && !$0.reference.isDay ? $0 : nil }
    }

    private static let wholeUnits: [String: DateReference.Unit] = [
        "year": .year, "month": .month, "week": .week, "decade": .decade, "century": .century,
    ]
}

extension DateReference {
    /// Whether the reference spans decades or centuries, which "the" may lead with a part: "the early 2000s".
    var isLongerThanAYear: Bool {
        switch self {
        case .absolute(.decade), .absolute(.century): return true
        default: return false
        }
    }
}
