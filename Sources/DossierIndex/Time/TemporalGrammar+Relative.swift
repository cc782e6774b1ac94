/// Rules for expressions relative to the document date: "last year", "next Friday", "two weeks ago".
extension TemporalGrammar {
    private static let units: [String: DateReference.Unit] = [
        "year": .year, "month": .month, "week": .week, "quarter": .quarter, "century": .century,
    ]
    private static let agoUnits: [String: (unit: DateReference.Unit, multiple: Int)] = [
        "day": (.day, 1), "days": (.day, 1), "week": (.week, 1), "weeks": (.week, 1), "month": (.month, 1), "months": (.month, 1),
        "year": (.year, 1), "years": (.year, 1), "decade": (.year, 10), "decades": (.year, 10),
    ]

    /// "this", "last" or "next" before a unit, a month, a weekday or a season, or "that year". After
    /// "the" these words make durations ("the last year"), which are not dates.
    func relative(at index: Int) -> GrammarMatch? {
        if word(index) == "that" {
            guard word(index + 1) == "year" else { return nil }
            return GrammarMatch(index..<index + 2, .partOfYear(.year(DateReference.templateYear), .mentioned(0)))
        }
        let offsets = ["this": 0, "last": -1, "next": 1]
        guard let offset = offsets[word(index)], word(index - 1) != "the", let what = token(index + 1), what.isWord else { return nil }
        let occurrence: DateReference.Occurrence = offset == 0 ? .current : offset < 0 ? .previous : .next
        let year: DateReference.Year = offset == 0 ? .relative(0) : .occurrence(occurrence)
        let tokens = index..<index + 2
        // A fiscal year is valued as the calendar year it is named by (BBC-GUIDELINES.md).
        if what.text == "fiscal", word(index + 2) == "year" { return GrammarMatch(index..<index + 3, .relative(.year, offset)) }
        if let part = Self.dayParts[what.text], offset <= 0 { return GrammarMatch(tokens, .relative(.day, offset), dayPart: part) }
        if let unit = Self.units[what.text] { return GrammarMatch(tokens, .relative(unit, offset)) }
        if what.text == "decade", offset == 0 { return GrammarMatch(tokens, .relative(.decade, 0)) }
        if what.text == "weekend" { return GrammarMatch(tokens, .weekend(occurrence)) }
        guard what.isCapitalized || TimeLexicon.seasons[what.text] != nil else { return nil }
        if let month = TimeLexicon.months[what.text] {
            return GrammarMatch(tokens, .partOfYear(.month(year: DateReference.templateYear, month: month), year))
        }
        if let weekday = TimeLexicon.weekdays[what.text] { return GrammarMatch(tokens, .weekday(weekday, occurrence)) }
        if let season = TimeLexicon.seasons[what.text] {
            return GrammarMatch(tokens, .partOfYear(.season(year: DateReference.templateYear, season: season), year))
        }
        return nil
    }

    /// "two years ago", "a week ago", "3 days ago", "a couple of days ago", after "in", "two years'
    /// time", and of years, "a year earlier" (before the year mentioned last).
    func ago(at index: Int) -> GrammarMatch? {
        guard let first = token(index) else { return nil }
        if first.text == "a", word(index + 1) == "couple", word(index + 2) == "of", let counted = ago(counting: 2, unitAt: index + 3) {
            return counted.starting(at: index)
        }
        let count = first.isNumber ? isolatedNumber(at: index) : TimeLexicon.cardinals[first.text]
        guard let count, (1...100).contains(count) else { return nil }
        return ago(counting: count, unitAt: index + 1).map { $0.starting(at: index) }
    }

    /// `count` units at `unitIndex` and what follows them: "days ago", "years earlier", "years' time".
    private func ago(counting count: Int, unitAt unitIndex: Int) -> GrammarMatch? {
        guard let (unit, multiple) = Self.agoUnits[word(unitIndex)] else { return nil }
        let index = unitIndex - 1
        if word(unitIndex + 1) == "ago" { return GrammarMatch(unitIndex..<unitIndex + 2, .relative(unit, -count * multiple)) }
        if unit == .year, let direction = ["earlier": -1, "before": -1, "later": 1][word(unitIndex + 1)] {
            return GrammarMatch(unitIndex..<unitIndex + 2, .partOfYear(.year(DateReference.templateYear), .mentioned(direction * count * multiple)))
        }
        let apostrophe = unitIndex + 1
        guard word(index - 1) == "in", token(apostrophe)?.isApostrophe == true, isAttached(apostrophe), word(apostrophe + 1) == "time" else { return nil }
        return GrammarMatch(unitIndex..<apostrophe + 2, .relative(unit, count * multiple))
    }
}
