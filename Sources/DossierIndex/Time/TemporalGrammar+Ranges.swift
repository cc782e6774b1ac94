/// Rules for ranges written as one expression: "1996-1998", "2020-21", "May 12-23",
/// "from January to March of 2023".
extension TemporalGrammar {
    private static let rangeWords: Set<String> = ["to", "until", "till", "through"]

    /// Two years joined by a dash or a slash, the second maybe in two digits.
    func yearRange(at index: Int) -> GrammarMatch? {
        guard token(index)?.digitCount == 4, let first = token(index)?.number, (1000...2100).contains(first),
              let joint = token(index + 1), joint.isDash || joint.isSymbol("/"),
              let second = token(index + 2), second.isNumber, isolatedNumber(at: index + 2, joined: true) != nil,
              let secondValue = second.number, isolatedStart(index) else { return nil }
        if joint.isSymbol("/") || second.digitCount <= 2 {
            guard isAttached(index + 1), isAttached(index + 2) else { return nil }
        }
        let last: Int
        switch second.digitCount {
        case 4: last = secondValue
        case 2: last = first / 100 * 100 + secondValue
        case 1 where isAttached(index + 2): last = first / 10 * 10 + secondValue
        default: return nil
        }
        guard last > first, last - first <= (joint.isSymbol("/") ? 1 : 50) else { return nil }
        return GrammarMatch(index..<index + 3, .absolute(.year(first)), endReference: .absolute(.year(last)))
    }

    /// The first expression joined to a second by a dash, or by "to" after "from"; nil when no second follows.
    func range(startingWith first: GrammarMatch) -> GrammarMatch? {
        guard first.modifier == nil, first.endReference == nil, let joint = token(first.end) else { return nil }
        let afterFrom = word(first.tokens.lowerBound - 1) == "from"
        guard joint.isDash || (afterFrom && Self.rangeWords.contains(joint.text)) else { return nil }
        let secondStart = first.end + 1
        if let days = dayRange(first, secondStart: secondStart) { return days }
        guard let second = core(at: secondStart, inContext: true), second.modifier == nil, second.endReference == nil,
              first.reference.kind == second.reference.kind, first.reference.kind != .other else { return nil }
        return joined(first, second)
    }

    /// "May 12-23", "May 12 to 23, 2019": a second day in the first one's month.
    private func dayRange(_ first: GrammarMatch, secondStart: Int) -> GrammarMatch? {
        guard let (day, afterDay) = dayNumber(at: secondStart, joined: true), monthName(at: afterDay) == nil, let month = first.reference.dayOfMonth?.month,
              let template = CalendarDay(year: DateReference.templateYear, month: month, day: day) else { return nil }
        let second: GrammarMatch
        if let (year, end) = yearAfterDay(at: afterDay) {
            guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            second = GrammarMatch(secondStart..<end, .absolute(.day(date)))
        } else {
            second = GrammarMatch(secondStart..<afterDay, .partOfYear(.day(template), .occurrence(.byTense)))
        }
        return joined(first, second)
    }

    /// One range from two matches, each lending the other the year it states.
    private func joined(_ first: GrammarMatch, _ second: GrammarMatch) -> GrammarMatch? {
        var start = first.reference
        var end = second.reference
        if case .absolute(let period) = end, let endYear = period.days.lowerBound.year as Int? {
            start = start.withYear(endYear)
            if case .absolute(let startPeriod) = start, startPeriod.days.lowerBound > period.days.lowerBound { start = first.reference.withYear(endYear - 1) }
        }
        if case .absolute(let period) = start {
            let startYear = period.days.lowerBound.year
            end = end.withYear(startYear)
            if case .absolute(let endPeriod) = end, endPeriod.days.lowerBound < period.days.lowerBound { end = second.reference.withYear(startYear + 1) }
        }
        if case .absolute(let startPeriod) = start, case .absolute(let endPeriod) = end, endPeriod.days.lowerBound < startPeriod.days.lowerBound {
            return nil
        }
        return GrammarMatch(first.tokens.lowerBound..<second.end, start, endReference: end)
    }

    /// Whether the number at `index` starts a token group: not glued to a word or symbol before it ("Su-2019").
    private func isolatedStart(_ index: Int) -> Bool {
        guard let previous = token(index - 1), isAttached(index) else { return true }
        return previous.kind == .symbol && !previous.isDash && !["$", "£", "€", ".", ",", "/", ":"].contains(previous.text)
    }
}

extension DateReference {
    /// What a range's ends must share: both days, both months, both years...
    enum Kind: Equatable {
        case century, decade, year, half, quarter, season, month, week, day, time, other
    }

    var kind: Kind {
        switch self {
        case .absolute(let period), .partOfYear(let period, _): return period.kind
        case .weekday: return .day
        case .relative, .weekend, .timeOfDay, .literal: return .other
        }
    }

    /// The month and day of a reference to one day of a month.
    var dayOfMonth: CalendarDay? {
        switch self {
        case .absolute(.day(let day)), .partOfYear(.day(let day), _): return day
        default: return nil
        }
    }
}

extension TimexPeriod {
    var kind: DateReference.Kind {
        switch self {
        case .century: return .century
        case .decade: return .decade
        case .year: return .year
        case .half: return .half
        case .quarter: return .quarter
        case .season: return .season
        case .month: return .month
        case .week, .weekend: return .week
        case .day: return .day
        case .time, .partOfDay: return .time
        }
    }
}
