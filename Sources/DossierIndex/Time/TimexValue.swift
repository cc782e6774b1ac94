/// A TIMEX3 value read back for ordering and display.
public struct TimexValue: Sendable, Equatable, Comparable {
    public let value: String
    public let modifier: TimexModifier?
    /// The first day the value covers, as days since 1970-01-01, narrowed by the modifier.
    public let firstDay: Int
    /// The last day the value covers, as days since 1970-01-01, narrowed by the modifier.
    public let lastDay: Int
    let period: TimexPeriod

    /// The calendar year of the first day, for charts by year or decade.
    public var firstYear: Int { CalendarDay(daysSince1970: firstDay).year }

    /// Reads a TIMEX3 date or time value; nil for durations, sets and other values without calendar days.
    public init?(_ value: String, modifier: TimexModifier? = nil) {
        guard let period = TimexPeriod(value) else { return nil }
        self.init(period, modifier: modifier)
    }

    init(_ period: TimexPeriod, modifier: TimexModifier? = nil) {
        self.period = period
        self.value = period.value
        self.modifier = modifier
        let days = period.days
        (firstDay, lastDay) = Self.narrow(days.lowerBound.daysSince1970, days.upperBound.daysSince1970, to: modifier)
    }

    /// "2022-07-19", "Jul 2022", "2022", "Q1 2024", "H2 2022", "summer 2021", "1990s", "early 2000s", "late 16th c.".
    public var display: String {
        TimexDisplay.text(of: period, modifier: modifier)
    }

    /// By first day, then the narrower span first.
    public static func < (left: TimexValue, right: TimexValue) -> Bool {
        (left.firstDay, left.lastDay, left.value, left.modifier?.rawValue ?? "")
            < (right.firstDay, right.lastDay, right.value, right.modifier?.rawValue ?? "")
    }

    public static func == (left: TimexValue, right: TimexValue) -> Bool {
        left.value == right.value && left.modifier == right.modifier
    }

    /// START keeps the first third of the span, MID the middle third, END the last third.
    private static func narrow(_ first: Int, _ last: Int, to modifier: TimexModifier?) -> (Int, Int) {
        let third = (last - first + 1) / 3
        guard let modifier, third > 0 else { return (first, last) }
        switch modifier {
        case .start: return (first, first + third - 1)
        case .mid: return (first + third, last - third)
        case .end: return (last - third + 1, last)
        default: return (first, last)
        }
    }
}
