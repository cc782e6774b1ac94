/// Turns references into TIMEX3 periods, anchored to the document date and the sentence's tense.
struct DateResolver: Sendable {
    /// The document date, at whatever precision it was given.
    let anchor: TimexPeriod?

    init(documentDate: String?) {
        anchor = documentDate.flatMap(TimexPeriod.init).flatMap { period in
            switch period {
            case .year, .month, .day: return period
            default: return nil
            }
        }
    }

    /// The period `reference` means; nil when it needs an anchor that is missing or too coarse.
    /// `notBefore` makes a range's end the first occurrence on or after its start.
    /// `mentionedYear` is the year of the date mentioned last before the reference, for "that year".
    func resolve(_ reference: DateReference, tense: SentenceTense.Tense, notBefore: CalendarDay? = nil, mentionedYear: Int? = nil) -> TimexPeriod? {
        switch reference {
        case .absolute(let period):
            return period
        case let .partOfYear(template, .mentioned(offset)):
            return mentionedYear.flatMap { template.inYear($0 + offset) }
        case let .partOfYear(template, year):
            return resolve(template, in: year, tense: tense, notBefore: notBefore)
        case let .relative(unit, offset):
            return relative(unit, offset)
        case let .weekday(weekday, occurrence):
            guard case .day(let day)? = anchor else { return nil }
            let candidates = (-7...7).map { day.adding(days: $0) }.filter { $0.weekday == weekday }.map(TimexPeriod.day)
            return pick(candidates, occurrence, tense: tense, notBefore: notBefore, current: { $0.days.lowerBound.isoWeek == day.isoWeek })
        case .weekend(let occurrence):
            guard case .day(let day)? = anchor else { return nil }
            let candidates = [-7, 0, 7].map { day.adding(days: $0).isoWeek }.map { TimexPeriod.weekend(year: $0.year, week: $0.week) }
            return pick(candidates, occurrence, tense: tense, notBefore: notBefore, current: { $0.days.lowerBound.isoWeek == day.isoWeek })
        case .timeOfDay, .literal:
            // A clock time takes its day from the sentence around it, which the tagger knows; a
            // literal is no period of the calendar, and the tagger values it itself.
            return nil
        }
    }

    private var anchorYear: Int? { anchor?.days.lowerBound.year }

    private func resolve(_ template: TimexPeriod, in year: DateReference.Year, tense: SentenceTense.Tense, notBefore: CalendarDay?) -> TimexPeriod? {
        switch year {
        case .given(let given): return template.inYear(given)
        case .relative(let offset): return anchorYear.flatMap { template.inYear($0 + offset) }
        case .mentioned: return nil
        case .occurrence(let occurrence):
            guard let anchorYear else { return nil }
            let candidates = (anchorYear - 1...anchorYear + 1).compactMap { template.inYear($0) }
            return pick(candidates, occurrence, tense: tense, notBefore: notBefore, current: { $0.days.lowerBound.year == anchorYear })
        }
    }

    /// Chooses among candidates in calendar order: the one before, after, or containing the
    /// anchor, or for the tense the latest that has begun (past), the earliest not over (future),
    /// or the nearest.
    private func pick(_ candidates: [TimexPeriod], _ occurrence: DateReference.Occurrence, tense: SentenceTense.Tense,
                      notBefore: CalendarDay?, current: (TimexPeriod) -> Bool) -> TimexPeriod? {
        guard let anchorDays = anchor?.days else { return nil }
        if let notBefore { return candidates.first { $0.days.lowerBound >= notBefore } }
        switch occurrence {
        case .previous: return candidates.last { $0.days.upperBound < anchorDays.lowerBound }
        case .next: return candidates.first { $0.days.lowerBound > anchorDays.upperBound }
        case .current: return candidates.first(where: current)
        case .byTense:
            switch tense {
            case .past: return candidates.last { $0.days.lowerBound <= anchorDays.upperBound }
            case .future: return candidates.first { $0.days.upperBound >= anchorDays.lowerBound }
            case .unknown: return candidates.min { distance($0.days, anchorDays) < distance($1.days, anchorDays) }
            }
        }
    }

    /// Days between two spans, zero when they overlap.
    private func distance(_ left: ClosedRange<CalendarDay>, _ right: ClosedRange<CalendarDay>) -> Int {
        if left.upperBound < right.lowerBound { return right.lowerBound.daysSince1970 - left.upperBound.daysSince1970 }
        if right.upperBound < left.lowerBound { return left.lowerBound.daysSince1970 - right.upperBound.daysSince1970 }
        return 0
    }

    private func relative(_ unit: DateReference.Unit, _ offset: Int) -> TimexPeriod? {
        guard let anchor, let year = anchorYear else { return nil }
        let month = anchor.days.lowerBound.month
        switch unit {
        case .year: return .year(year + offset)
        case .decade: return .decade(year / 10 + offset)
        case .century: return .century(year / 100 + offset)
        case .month:
            guard !isYear(anchor) else { return nil }
            let index = year * 12 + month - 1 + offset
            return .month(year: index / 12, month: index % 12 + 1)
        case .quarter:
            guard !isYear(anchor) else { return nil }
            let index = year * 4 + (month - 1) / 3 + offset
            return .quarter(year: index / 4, quarter: index % 4 + 1)
        case .day:
            guard case .day(let day) = anchor else { return nil }
            return .day(day.adding(days: offset))
        case .week:
            guard case .day(let day) = anchor else { return nil }
            let week = day.adding(days: 7 * offset).isoWeek
            return .week(year: week.year, week: week.week)
        }
    }

    private func isYear(_ period: TimexPeriod) -> Bool {
        if case .year = period { return true }
        return false
    }
}
