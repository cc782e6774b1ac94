/// Rules for what TIMEX3 values without a place on the calendar: references to the present, the
/// past and the future ("now", "in the past"), durations ("three years", "the past week"), sets
/// ("every week"), fiscal years, and the parts of a day that narrow a day ("Friday afternoon").
/// Values follow `Tests/Evaluation/timex/BBC-GUIDELINES.md`.
extension TemporalGrammar {
    static let dayParts: [String: TimexPeriod.DayPart] = ["morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night]

    /// Units of durations and sets, as TIMEX3 writes them, and whether they count time of day ("PT3H").
    static let durationUnits: [String: (code: String, isTime: Bool)] = [
        "day": ("D", false), "days": ("D", false), "week": ("W", false), "weeks": ("W", false), "month": ("M", false),
        "months": ("M", false), "year": ("Y", false), "years": ("Y", false), "decade": ("DE", false), "decades": ("DE", false),
        "century": ("CE", false), "centuries": ("CE", false), "hour": ("H", true), "hours": ("H", true), "minute": ("M", true),
        "minutes": ("M", true),
    ]

    /// Words for a number of units that is not said: "several years" is "PXY".
    static let vagueQuantities: Set<String> = ["several", "few", "many"]

    /// Words that refer to a time by themselves, with their TIMEX3 values.
    private static let referenceWords: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
        "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF",
    ]

    /// Words that lead the rules of this file.
    static let referenceLeaders: Set<String> = Set(referenceWords.keys).union(vagueQuantities)
        .union(["present", "future", "tonight", "every", "each", "fiscal", "annually", "recent", "coming", "years", "months", "decades"])

    /// "now", "currently", "at present", "in future", "tonight", "every week", "fiscal 2005".
    func referenceLed(_ index: Int) -> GrammarMatch? {
        let word = self.word(index)
        if let value = Self.referenceWords[word] {
            // "now that" joins clauses, "soon after" places nothing: neither names a time.
            guard !(word == "now" && self.word(index + 1) == "that"), !(word == "soon" && self.word(index + 1) == "after") else { return nil }
            return GrammarMatch(index..<index + 1, .literal(value, .date))
        }
        switch word {
        case "present" where self.word(index - 1) == "at": return GrammarMatch(index..<index + 1, .literal("PRESENT_REF", .date))
        case "future" where self.word(index - 1) == "in": return GrammarMatch(index..<index + 1, .literal("FUTURE_REF", .date))
        case "tonight": return GrammarMatch(index..<index + 1, .relative(.day, 0), dayPart: .night)
        case "annually": return GrammarMatch(index..<index + 1, .literal("P1Y", .set))
        case "every", "each": return recurrence(at: index)
        case "recent", "coming":
            // "recent years", "coming months": a duration of unsaid length.
            let unitWord = self.word(index + 1)
            guard let unit = Self.durationUnits[unitWord], unitWord.hasSuffix("s") else { return nil }
            return GrammarMatch(index..<index + 2, .literal(Self.durationValue(nil, unit), .duration))
        case "fiscal":
            // Valued as the calendar year it names (BBC-GUIDELINES.md).
            guard let year = yearNumber(at: index + 1) else { return nil }
            return GrammarMatch(index..<index + 2, .absolute(.year(year)))
        case "years", "months", "decades" where self.word(index - 1) == "for":
            // "for years": a duration of unsaid length.
            return GrammarMatch(index..<index + 1, .literal(Self.durationValue(nil, Self.durationUnits[word]!), .duration))
        default: return Self.vagueQuantities.contains(word) ? duration(at: index) : nil
        }
    }

    /// Years after the year mentioned last that "the following year" and its kind mean.
    private static let anaphoricYears: [String: Int] = ["following": 1, "previous": -1, "preceding": -1, "same": 0]
    /// Nouns that make a duration before them the whole noun phrase: "a six-month period".
    private static let durationHeads: Set<String> = ["period", "spell", "stint"]

    /// "the past", "the future", "at the time", "the past week", "the last five years", "the three
    /// days", "the next six months", "the year" (the one the text is about), "the following year".
    func theLedReference(_ index: Int) -> GrammarMatch? {
        let next = word(index + 1)
        if next == "year", word(index + 2) != "to" {
            return GrammarMatch(index..<index + 2, .partOfYear(.year(DateReference.templateYear), .mentioned(0)))
        }
        if let offset = Self.anaphoricYears[next], word(index + 2) == "year" {
            return GrammarMatch(index..<index + 3, .partOfYear(.year(DateReference.templateYear), .mentioned(offset)))
        }
        if ["next", "first", "coming"].contains(next), let counted = duration(at: index + 2) { return counted.starting(at: index) }
        // "the three days", "the five-month period", but "the [49-year-old] man": an adjectival
        // duration leaves "the" out unless a noun of time heads the phrase.
        if let counted = duration(at: index + 1), token(index + 2)?.isDash != true || Self.durationHeads.contains(word(counted.end - 1)) {
            return counted.starting(at: index)
        }
        if next == "future" { return GrammarMatch(index..<index + 2, .literal("FUTURE_REF", .date)) }
        if next == "time", word(index - 1) == "at", word(index + 2) != "of" { return GrammarMatch(index..<index + 2, .literal("PAST_REF", .date)) }
        guard next == "past" || next == "last" else { return nil }
        let unitWord = word(index + 2)
        if let unit = Self.durationUnits[unitWord] {
            return GrammarMatch(index..<index + 3, .literal(Self.durationValue(unitWord.hasSuffix("s") ? nil : 1, unit), .duration))
        }
        if let counted = duration(at: index + 2) { return counted.starting(at: index) }
        return next == "past" ? GrammarMatch(index..<index + 2, .literal("PAST_REF", .date)) : nil
    }

    /// A number of units: "three years", "10 days", "several months", "a three-year contract", "49-year-old".
    func duration(at index: Int) -> GrammarMatch? {
        guard let first = token(index) else { return nil }
        let count: Int?
        if first.isNumber {
            guard let value = isolatedNumber(at: index, rangeFollows: true) else { return nil }
            count = value
        } else if first.text != "a", first.text != "an", let value = TimeLexicon.cardinals[first.text] {
            count = value
        } else if first.text == "a", ["decade", "century"].contains(word(index + 1)) {
            // "a decade"; "a year" or "a day" is as often a rate ("£5m a year") as a length.
            count = 1
        } else if Self.vagueQuantities.contains(first.text) {
            count = nil
        } else {
            return nil
        }
        var unitIndex = index + 1
        // "three-year", "10-year": a duration as an adjective.
        let hyphenated = token(unitIndex)?.isDash == true && isAttached(unitIndex) && isAttached(unitIndex + 1)
        if hyphenated { unitIndex += 1 }
        guard let unit = Self.durationUnits[word(unitIndex)], token(unitIndex)?.isSpaced == !hyphenated else { return nil }
        if let count, count <= 0 || count > 1000 { return nil }
        // "49-year-old": an age is a duration too, "-old" included.
        let isAge = hyphenated && isSymbol(unitIndex + 1, "-") && isAttached(unitIndex + 1) && word(unitIndex + 2) == "old"
        let end = isAge ? unitIndex + 3 : (hyphenated && Self.durationHeads.contains(word(unitIndex + 1)) ? unitIndex + 2 : unitIndex + 1)
        return GrammarMatch(index..<end, .literal(Self.durationValue(count, unit), .duration))
    }

    /// "every week", "each year", "every Monday".
    private func recurrence(at index: Int) -> GrammarMatch? {
        let next = word(index + 1)
        if let unit = Self.durationUnits[next], !next.hasSuffix("s") {
            return GrammarMatch(index..<index + 2, .literal(Self.durationValue(1, unit), .set))
        }
        if let weekday = TimeLexicon.weekdays[next] { return GrammarMatch(index..<index + 2, .literal("XXXX-WXX-\(weekday)", .set)) }
        return nil
    }

    /// "P3Y", "PXM", "PT2H".
    static func durationValue(_ count: Int?, _ unit: (code: String, isTime: Bool)) -> String {
        (unit.isTime ? "PT" : "P") + (count.map(String.init) ?? "X") + unit.code
    }

    /// The match narrowed to the part of the day named after it: "Friday afternoon", "yesterday morning".
    func withDayPart(_ match: GrammarMatch) -> GrammarMatch {
        guard match.endReference == nil, match.dayPart == nil, let part = Self.dayParts[word(match.end)] else { return match }
        switch match.reference {
        case .weekday, .relative(.day, _), .absolute(.day), .partOfYear(.day, _):
            var narrowed = match
            narrowed.tokens = match.tokens.lowerBound..<match.end + 1
            narrowed.dayPart = part
            return narrowed
        default:
            return match
        }
    }

    /// Whether the number at `index` is one side of a dimension or a product: "2048 x 1080", "1920*1080".
    func isDimension(_ index: Int) -> Bool {
        func isTimes(_ position: Int) -> Bool {
            guard let mark = token(position) else { return false }
            return mark.isSymbol("*") || mark.isSymbol("×") || (mark.isWord && mark.text == "x")
        }
        return (isTimes(index + 1) && token(index + 2)?.isNumber == true) || (isTimes(index - 1) && token(index - 2)?.isNumber == true)
    }
}
