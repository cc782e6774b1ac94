/// The stretch of calendar a TIMEX3 date value names, without any modifier.
enum TimexPeriod: Hashable, Sendable {
    /// The zero-based century, as TIMEX3 writes it: 15 for the 1500s.
    case century(Int)
    /// The first three digits of the decade's years: 199 for the 1990s.
    case decade(Int)
    case year(Int)
    case half(year: Int, half: Int)
    case quarter(year: Int, quarter: Int)
    case season(year: Int, season: Season)
    case month(year: Int, month: Int)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case day(CalendarDay)
    case time(CalendarDay, hour: Int, minute: Int)
    /// A part of a day: "Friday afternoon" is (that Friday, .afternoon).
    case partOfDay(CalendarDay, DayPart)

    /// The parts of a day TIMEX3 names, by their codes.
    enum DayPart: String, Sendable, CaseIterable {
        case morning = "MO", afternoon = "AF", evening = "EV", night = "NI"
    }

    /// Reads a TIMEX3 date value; nil for anything else (durations, sets, PAST_REF, parts of day).
    init?(_ value: String) {
        let fields = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = fields.first, first.allSatisfy(\.isASCIIDigit) else { return nil }
        if fields.count == 1 {
            self.init(digits: first)
        } else if first.count == 4, let year = Int(first) {
            self.init(year: year, fields: Array(fields.dropFirst()))
        } else {
            return nil
        }
    }

    private init?(digits: String) {
        guard let number = Int(digits) else { return nil }
        switch digits.count {
        case 2: self = .century(number)
        case 3: self = .decade(number)
        case 4: self = .year(number)
        default: return nil
        }
    }

    private init?(year: Int, fields: [String]) {
        switch fields.count {
        case 1: self.init(year: year, part: fields[0])
        case 2 where fields[0].first == "W" && fields[1] == "WE":
            guard let week = Self.week(fields[0], in: year) else { return nil }
            self = .weekend(year: year, week: week)
        case 2: self.init(year: year, month: fields[0], dayAndTime: fields[1])
        default: return nil
        }
    }

    private init?(year: Int, part: String) {
        let letter = part.first
        let rest = part.dropFirst()
        if let season = Season(rawValue: part) {
            self = .season(year: year, season: season)
        } else if letter == "H", let half = Int(rest), (1...2).contains(half), rest.count == 1 {
            self = .half(year: year, half: half)
        } else if letter == "Q", let quarter = Int(rest), (1...4).contains(quarter), rest.count == 1 {
            self = .quarter(year: year, quarter: quarter)
        } else if letter == "W", let week = Self.week(part, in: year) {
            self = .week(year: year, week: week)
        } else if part.count == 2, part.allSatisfy(\.isASCIIDigit), let month = Int(part), (1...12).contains(month) {
            self = .month(year: year, month: month)
        } else {
            return nil
        }
    }

    private init?(year: Int, month monthField: String, dayAndTime: String) {
        let pieces = dayAndTime.split(separator: "T", omittingEmptySubsequences: false)
        guard monthField.count == 2, pieces[0].count == 2, let month = Int(monthField), let dayNumber = Int(pieces[0]),
              let day = CalendarDay(year: year, month: month, day: dayNumber) else { return nil }
        switch pieces.count {
        case 1: self = .day(day)
        case 2 where DayPart(rawValue: String(pieces[1])) != nil:
            self = .partOfDay(day, DayPart(rawValue: String(pieces[1]))!)
        case 2:
            let clock = pieces[1].split(separator: ":")
            guard clock.count == 2, clock.allSatisfy({ $0.count == 2 }), let hour = Int(clock[0]), let minute = Int(clock[1]),
                  (0...23).contains(hour), (0...59).contains(minute) else { return nil }
            self = .time(day, hour: hour, minute: minute)
        default: return nil
        }
    }

    private static func week(_ field: String, in year: Int) -> Int? {
        guard field.count == 3, field.first == "W", let week = Int(field.dropFirst()),
              (1...CalendarDay.isoWeekCount(of: year)).contains(week) else { return nil }
        return week
    }

    /// The TIMEX3 value.
    var value: String {
        let pad = CalendarDay.padded
        switch self {
        case .century(let century): return pad(century, 2)
        case .decade(let decade): return pad(decade, 3)
        case .year(let year): return pad(year, 4)
        case let .half(year, half): return "\(pad(year, 4))-H\(half)"
        case let .quarter(year, quarter): return "\(pad(year, 4))-Q\(quarter)"
        case let .season(year, season): return "\(pad(year, 4))-\(season.rawValue)"
        case let .month(year, month): return "\(pad(year, 4))-\(pad(month, 2))"
        case let .week(year, week): return "\(pad(year, 4))-W\(pad(week, 2))"
        case let .weekend(year, week): return "\(pad(year, 4))-W\(pad(week, 2))-WE"
        case .day(let day): return day.iso
        case let .time(day, hour, minute): return "\(day.iso)T\(pad(hour, 2)):\(pad(minute, 2))"
        case let .partOfDay(day, part): return "\(day.iso)T\(part.rawValue)"
        }
    }

    /// The first and last day covered.
    var days: ClosedRange<CalendarDay> {
        switch self {
        case .century(let century): return Self.years(century * 100, century * 100 + 99)
        case .decade(let decade): return Self.years(decade * 10, decade * 10 + 9)
        case .year(let year): return Self.years(year, year)
        case let .half(year, half): return Self.months(year, (half - 1) * 6 + 1, count: 6)
        case let .quarter(year, quarter): return Self.months(year, (quarter - 1) * 3 + 1, count: 3)
        case let .season(year, season): return Self.months(year, season.firstMonth, count: 3)
        case let .month(year, month): return Self.months(year, month, count: 1)
        case let .week(year, week):
            let monday = CalendarDay.mondayOfISOWeek(week, of: year)
            return monday...monday.adding(days: 6)
        case let .weekend(year, week):
            let saturday = CalendarDay.mondayOfISOWeek(week, of: year).adding(days: 5)
            return saturday...saturday.adding(days: 1)
        case .day(let day), .time(let day, _, _), .partOfDay(let day, _): return day...day
        }
    }

    /// The same part of the calendar in another year; nil for periods that are not part of a year.
    func inYear(_ year: Int) -> TimexPeriod? {
        switch self {
        case .half(_, let half): return .half(year: year, half: half)
        case .quarter(_, let quarter): return .quarter(year: year, quarter: quarter)
        case .season(_, let season): return .season(year: year, season: season)
        case .month(_, let month): return .month(year: year, month: month)
        case .day(let day): return CalendarDay(year: year, month: day.month, day: day.day).map(TimexPeriod.day)
        case .year: return .year(year)
        case .century, .decade, .week, .weekend, .time, .partOfDay: return nil
        }
    }

    private static func years(_ first: Int, _ last: Int) -> ClosedRange<CalendarDay> {
        CalendarDay(year: first, month: 1, day: 1)!...CalendarDay(year: last, month: 12, day: 31)!
    }

    private static func months(_ year: Int, _ firstMonth: Int, count: Int) -> ClosedRange<CalendarDay> {
        let lastMonthIndex = year * 12 + firstMonth - 1 + count - 1
        let lastYear = lastMonthIndex / 12
        let lastMonth = lastMonthIndex % 12 + 1
        return CalendarDay(year: year, month: firstMonth, day: 1)!
            ... CalendarDay(year: lastYear, month: lastMonth, day: CalendarDay.length(ofMonth: lastMonth, in: lastYear))!
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
