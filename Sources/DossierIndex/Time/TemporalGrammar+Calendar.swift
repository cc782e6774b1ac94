/// Rules for dates on the calendar: years, months, days, numeric dates and weekdays.
extension TemporalGrammar {
    private static let monthContext: Set<String> = [
        "in", "since", "by", "until", "till", "before", "after", "during", "from", "through", "throughout", "to",
        "between", "early", "mid", "late", "last", "next", "this", "on",
    ]

    /// A month name, then a day and a year, a year, or nothing: "January 24, 2024", "Jan. 24", "October 2023", "in March".
    func monthLed(_ index: Int, inContext: Bool) -> GrammarMatch? {
        guard let (month, afterMonth) = monthName(at: index) else { return nil }
        if isSpacedNumber(afterMonth), let (day, afterDay) = dayNumber(at: afterMonth) {
            return monthDay(index, month: month, day: day, afterDay: afterDay)
        }
        if let (year, end) = yearOfMonth(at: afterMonth) {
            return GrammarMatch(index..<end, .absolute(.month(year: year, month: month)))
        }
        let template = TimexPeriod.month(year: DateReference.templateYear, month: month)
        // "March last year": the month in the year named after it.
        if let offset = ["last": -1, "this": 0, "next": 1][word(afterMonth)], word(afterMonth + 1) == "year" {
            return GrammarMatch(index..<afterMonth + 2, .partOfYear(template, .relative(offset)))
        }
        if word(afterMonth) == "of", let (year, end) = yearSpecification(at: afterMonth + 1) {
            return GrammarMatch(index..<end, .part(template, in: year))
        }
        guard inContext || monthHasContext(index), !isRecurring(index) else { return nil }
        return GrammarMatch(index..<afterMonth, .partOfYear(template, .occurrence(.byTense)))
    }

    /// Two days before one month: "6 to 9 January", "14-25 May".
    func dayRangeBeforeMonth(at index: Int) -> GrammarMatch? {
        guard let (firstDay, afterFirst) = dayNumber(at: index, joined: false), let joint = token(afterFirst),
              joint.isDash || joint.text == "to", let last = dayMonth(at: afterFirst + 1), let month = last.reference.dayOfMonth?.month,
              let template = CalendarDay(year: DateReference.templateYear, month: month, day: firstDay) else { return nil }
        var start: DateReference = .partOfYear(.day(template), .occurrence(.byTense))
        if case .absolute(.day(let end)) = last.reference { start = start.withYear(end.year) }
        return GrammarMatch(index..<last.end, start, endReference: last.reference)
    }

    /// A day number, a month and maybe a year: "24 January 2024", "23rd November".
    func dayMonth(at index: Int) -> GrammarMatch? {
        guard let (day, afterDay) = dayNumber(at: index), isSpacedWord(afterDay), let (month, afterMonth) = monthName(at: afterDay) else { return nil }
        return monthDay(index, month: month, day: day, afterDay: afterMonth)
    }

    /// A day of a month, with the year that may follow at `afterDay`.
    func monthDay(_ start: Int, month: Int, day: Int, afterDay: Int) -> GrammarMatch? {
        if let (year, end) = yearAfterDay(at: afterDay) {
            guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return GrammarMatch(start..<end, .absolute(.day(date)))
        }
        guard let template = CalendarDay(year: DateReference.templateYear, month: month, day: day) else { return nil }
        return GrammarMatch(start..<afterDay, .partOfYear(.day(template), .occurrence(.byTense)))
    }

    /// "2024-01-24", "2024/01/24", and "24/01/2024" or "01/24/2024" only when the day is over 12.
    func numericDate(at index: Int) -> GrammarMatch? {
        guard let separator = token(index + 1), ["-", "/", "."].contains(separator.text), isAttached(index + 1), isAttached(index + 2),
              isSymbol(index + 3, separator.text), isAttached(index + 3), isAttached(index + 4),
              let first = token(index)?.number, let second = token(index + 2)?.number, let third = isolatedNumber(at: index + 4, joined: true),
              token(index + 2)!.digitCount <= 2 else { return nil }
        let date: CalendarDay?
        if token(index)!.digitCount == 4, separator.text != ".", token(index + 4)!.digitCount <= 2 {
            date = CalendarDay(year: first, month: second, day: third)
        } else if token(index)!.digitCount <= 2, token(index + 4)!.digitCount == 4 {
            if first > 12, second <= 12 {
                date = CalendarDay(year: third, month: second, day: first)
            } else if second > 12, first <= 12, separator.text == "/" {
                date = CalendarDay(year: third, month: first, day: second)
            } else {
                date = nil
            }
        } else {
            date = nil
        }
        return date.map { GrammarMatch(index..<index + 5, .absolute(.day($0))) }
    }

    /// A year where the words around it make a number a year: "in 2019", "since 2015", "2019's",
    /// "the 2015 nuclear deal", "(2019)", "2020, …" at the start of a sentence.
    func bareYear(at index: Int, inContext: Bool) -> GrammarMatch? {
        if let year = earlyYear(at: index) { return GrammarMatch(index..<index + 1, .absolute(.year(year))) }
        let afterPrefix = ["pre", "post"].contains(word(index - 2))
        guard let year = yearNumber(at: index, joined: afterPrefix), !isDimension(index), inContext || yearHasContext(index, year: year) else { return nil }
        return GrammarMatch(index..<index + 1, .absolute(.year(year)))
    }

    /// A three-digit year, only after "in", "since", "until"… and before the phrase ends: "captured in 866 and".
    private func earlyYear(at index: Int) -> Int? {
        guard token(index)?.digitCount == 3, let year = isolatedNumber(at: index), year >= 100,
              TimeLexicon.earlyYearPrepositions.contains(word(index - 1)) else { return nil }
        guard let next = token(index + 1) else { return year }
        let endsPhrase = next.kind == .symbol ? !next.isDash && !next.isSymbol("%") : ["and", "or", "ad", "bc"].contains(next.text)
        return endsPhrase ? year : nil
    }

    /// A weekday, alone or before the date it names: "on Friday", "Friday, January 24".
    func weekdayLed(_ index: Int) -> GrammarMatch? {
        guard let current = token(index), current.isCapitalized, let weekday = TimeLexicon.weekdays[current.text],
              !isNameWithWeekday(index), !isRecurring(index) else { return nil }
        let dateStart = isSymbol(index + 1, ",") ? index + 2 : index + 1
        if let date = (token(dateStart)?.isNumber == true ? dayMonth(at: dateStart) : monthLed(dateStart, inContext: true)),
           date.reference.isDay {
            return date.starting(at: index)
        }
        return GrammarMatch(index..<index + 1, .weekday(weekday, .byTense))
    }

    /// A capitalised month name, or an abbreviation before a period or a number; returns the token after it.
    func monthName(at index: Int) -> (month: Int, end: Int)? {
        guard let name = token(index), name.isWord, name.isCapitalized else { return nil }
        if let month = TimeLexicon.months[name.text] { return (month, index + 1) }
        guard let month = TimeLexicon.monthAbbreviations[name.text] else { return nil }
        let end = isSymbol(index + 1, ".") && isAttached(index + 1) ? index + 2 : index + 1
        return isSpacedNumber(end) ? (month, end) : nil
    }

    /// A day of the month, with an ordinal suffix if written: "24", "24th". `joined` accepts a mark
    /// just before it, as in the end of "May 12-23".
    func dayNumber(at index: Int, joined: Bool = false) -> (day: Int, end: Int)? {
        guard let number = token(index), number.isNumber, number.digitCount <= 2, let day = number.number, (1...31).contains(day) else { return nil }
        if TimeLexicon.ordinalSuffixes.contains(word(index + 1)), isAttached(index + 1) {
            return isAttached(index + 2) && token(index + 2)?.kind != .symbol ? nil : (day, index + 2)
        }
        return isolatedNumber(at: index, joined: joined, rangeFollows: true).map { _ in (day, index + 1) }
    }

    /// The year after a day: "24, 2024" or "24 2024".
    func yearAfterDay(at index: Int) -> (year: Int, end: Int)? {
        if isSymbol(index, ","), let year = yearNumber(at: index + 1), token(index + 1)!.isSpaced { return (year, index + 2) }
        if let year = yearNumber(at: index), token(index)!.isSpaced { return (year, index + 1) }
        return nil
    }

    /// The year after a month: "2023", ", 2023", "of 2023".
    private func yearOfMonth(at index: Int) -> (year: Int, end: Int)? {
        if let year = yearNumber(at: index), token(index)!.isSpaced { return (year, index + 1) }
        if isSymbol(index, ","), let year = yearNumber(at: index + 1) { return (year, index + 2) }
        return nil
    }

    private func monthHasContext(_ index: Int) -> Bool {
        if Self.monthContext.contains(word(index - 1)) || followsPreviousMatch(index) { return true }
        let next = token(index + 1)
        guard !TimeLexicon.ambiguousMonths.contains(tokens[index].text) else {
            return ["a", "the"].contains(word(index - 1)) && next?.isWord == true && !next!.isCapitalized
        }
        return isPossessive(at: index + 1) || !(next?.isWord == true && next!.isCapitalized)
    }

    private func yearHasContext(_ index: Int, year: Int) -> Bool {
        let previous = word(index - 1)
        let next = token(index + 1)
        if TimeLexicon.countedNouns.contains(word(index + 1)) { return false }
        if TimeLexicon.yearPrepositions.contains(previous) || followsPreviousMatch(index) || isPossessive(at: index + 1) { return true }
        if year >= 1900, next?.isWord == true, next!.isSpaced, isDeterminedNoun(before: index) { return true }
        if year >= 1900, previous == "for" || (previous == "to" && word(index - 2) == "prior") { return true }
        if ["pre", "post"].contains(word(index - 2)), token(index - 1)!.isDash, isAttached(index - 1), isAttached(index) { return true }
        if isSymbol(index - 1, "("), isSymbol(index + 1, ")") { return true }
        if year >= 1900, TimeLexicon.yearSubjectVerbs.contains(word(index + 1)) { return true }
        let startsSentence = index == 0 || (index == 1 && tokens[0].kind == .symbol)
        return startsSentence && isSymbol(index + 1, ",")
    }

    /// Whether a determiner, a possessive, or either with one adjective, comes before token `index`,
    /// so that a number there modifies a noun as a year does: "the 2015 deal", "Disney's 1964 film",
    /// "the historic 1997 election" (but not "the remaining 1500 workers").
    private func isDeterminedNoun(before index: Int) -> Bool {
        func isDeterminer(_ position: Int) -> Bool {
            TimeLexicon.determiners.contains(word(position)) || (word(position) == "s" && token(position - 1)?.isApostrophe == true)
        }
        if isDeterminer(index - 1) { return true }
        let adjective = word(index - 1)
        return !adjective.isEmpty && !tokens[index - 1].isCapitalized && !TimeLexicon.quantityWords.contains(adjective) && isDeterminer(index - 2)
    }

    /// Whether "every" or "each" comes before token `index`, making it a set ("every Monday"), not a date.
    func isRecurring(_ index: Int) -> Bool {
        word(index - 1) == "every" || word(index - 1) == "each"
    }

    /// Whether token `index` follows the previous match across "and", "or", a comma or a dash: "in 2003 and 2009".
    func followsPreviousMatch(_ index: Int) -> Bool {
        guard previousMatchEnd == index - 1, let link = token(index - 1) else { return false }
        return link.text == "and" || link.text == "or" || link.text == "," || link.isDash
    }

    /// "Sunday Times", "Mail on Sunday", "Sheffield Wednesday": newspapers and names, not days.
    private func isNameWithWeekday(_ index: Int) -> Bool {
        if let next = token(index + 1), next.isWord, next.isCapitalized, monthName(at: index + 1) == nil { return true }
        if index >= 2, let previous = token(index - 1), previous.isWord, previous.isCapitalized { return true }
        return word(index - 1) == "on" && word(index - 2) == "mail"
    }

    private func isSpacedNumber(_ index: Int) -> Bool {
        token(index).map { $0.isNumber && $0.isSpaced } ?? false
    }

    private func isSpacedWord(_ index: Int) -> Bool {
        token(index).map { $0.isWord && $0.isSpaced } ?? false
    }
}

extension DateReference {
    /// Whether the reference names a single day.
    var isDay: Bool {
        switch self {
        case .absolute(.day), .partOfYear(.day, _), .weekday: return true
        default: return false
        }
    }
}
