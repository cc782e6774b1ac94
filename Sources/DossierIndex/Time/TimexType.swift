/// The four kinds of TIMEX3 expression.
public enum TimexType: String, Sendable, Codable {
    /// A point or period of the calendar, or a reference to the present, past or future.
    case date = "DATE"
    /// A point or part of a day.
    case time = "TIME"
    /// A length of time: "three years" (`P3Y`).
    case duration = "DURATION"
    /// A recurrence: "every Monday" (`XXXX-WXX-1`).
    case set = "SET"

    /// Whether the expression places something on the calendar, as the timeline and the
    /// dates-only annotations of `timex/GUIDELINES.md` count: dates and times with a calendar value.
    public static func isCalendar(_ type: TimexType, value: String) -> Bool {
        (type == .date || type == .time) && !value.hasSuffix("_REF")
    }
}
