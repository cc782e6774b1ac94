import Foundation

/// A day of the Gregorian calendar in UTC, with the arithmetic temporal values need.
struct CalendarDay: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    private static let gregorian: Calendar = utcCalendar(.gregorian)
    private static let iso8601: Calendar = utcCalendar(.iso8601)
    private static let epoch = DateComponents(calendar: gregorian, year: 1970, month: 1, day: 1).date!

    /// A valid day, or nil for days such as February 30.
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.length(ofMonth: month, in: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    init(daysSince1970 days: Int) {
        let date = Self.epoch.addingTimeInterval(TimeInterval(days) * 86_400)
        let components = Self.gregorian.dateComponents([.year, .month, .day], from: date)
        year = components.year!
        month = components.month!
        day = components.day!
    }

    var daysSince1970: Int {
        let date = DateComponents(calendar: Self.gregorian, year: year, month: month, day: day).date!
        return Int((date.timeIntervalSince(Self.epoch) / 86_400).rounded())
    }

    /// 1 for Monday through 7 for Sunday.
    var weekday: Int { ((daysSince1970 % 7) + 7 + 3) % 7 + 1 }

    /// The ISO 8601 week the day falls in, whose year can differ from the day's near New Year.
    var isoWeek: (year: Int, week: Int) {
        let date = DateComponents(calendar: Self.gregorian, year: year, month: month, day: day).date!
        let components = Self.iso8601.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return (components.yearForWeekOfYear!, components.weekOfYear!)
    }

    /// The Monday that starts ISO week `week` of `year`.
    static func mondayOfISOWeek(_ week: Int, of year: Int) -> CalendarDay {
        let fourthOfJanuary = CalendarDay(year: year, month: 1, day: 4)!
        let mondayOfWeekOne = fourthOfJanuary.daysSince1970 - (fourthOfJanuary.weekday - 1)
        return CalendarDay(daysSince1970: mondayOfWeekOne + (week - 1) * 7)
    }

    /// How many ISO weeks `year` has: 53 when it starts or (in a leap year) ends on a Thursday.
    static func isoWeekCount(of year: Int) -> Int {
        CalendarDay(year: year, month: 12, day: 28)!.isoWeek.week
    }

    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(daysSince1970: daysSince1970 + days) }

    /// "2024-01-24".
    var iso: String { "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))" }

    static func < (left: CalendarDay, right: CalendarDay) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }

    /// `number` in decimal with leading zeros up to `width` digits.
    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func utcCalendar(_ identifier: Calendar.Identifier) -> Calendar {
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
