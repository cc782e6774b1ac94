/// Short human-readable forms of TIMEX3 values, for lists and timelines.
enum TimexDisplay {
    private static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func text(of period: TimexPeriod, modifier: TimexModifier?) -> String {
        let base = text(of: period)
        switch modifier {
        case nil: return base
        case .start: return "early " + base
        case .mid: return "mid-" + base
        case .end: return "late " + base
        case .approx: return "about " + base
        case .before, .onOrBefore: return "by " + base
        case .after, .onOrAfter: return base + " on"
        case .lessThan, .moreThan, .equalOrLess, .equalOrMore: return base
        }
    }

    private static func text(of period: TimexPeriod) -> String {
        switch period {
        case .century(let century): return "\(ordinal(century + 1)) c."
        case .decade(let decade): return "\(decade * 10)s"
        case .year(let year): return String(year)
        case let .half(year, half): return "H\(half) \(year)"
        case let .quarter(year, quarter): return "Q\(quarter) \(year)"
        case let .season(year, season): return "\(season.name) \(year)"
        case let .month(year, month): return "\(monthAbbreviations[month - 1]) \(year)"
        case let .week(year, week): return "week \(week) \(year)"
        case let .weekend(year, week): return "weekend of week \(week) \(year)"
        case .day(let day): return day.iso
        case let .time(day, hour, minute): return "\(day.iso) \(CalendarDay.padded(hour, 2)):\(CalendarDay.padded(minute, 2))"
        case let .partOfDay(day, part): return "\(day.iso) \(part)"
        }
    }

    /// "1st", "2nd", "3rd", "11th", "21st".
    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
