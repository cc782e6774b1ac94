/// What a matched expression points at before the document date resolves it.
enum DateReference: Equatable, Sendable {
    /// Which of several possible periods a part of a year or a weekday means.
    enum Occurrence: Equatable, Sendable {
        /// "in July", "on Friday": the tense of the sentence decides.
        case byTense
        /// "last July": the latest one wholly before the document date.
        case previous
        /// "next July": the earliest one wholly after the document date.
        case next
        /// "this July": the one in the document date's year or week.
        case current
    }

    /// The year a part of a year is in.
    enum Year: Equatable, Sendable {
        case given(Int)
        /// Years after the document date's year: -1 for "last year".
        case relative(Int)
        case occurrence(Occurrence)
        /// "that year", "the following year": the year of the date mentioned last before it, and
        /// how many years after it.
        case mentioned(Int)
    }

    /// The units of "this", "last", "next" and "ago".
    enum Unit: Equatable, Sendable {
        case day, week, month, quarter, year, decade, century
    }

    /// A period stated in full: "October 2023", "the 1990s", "2024-01-24".
    case absolute(TimexPeriod)
    /// A part of a year (month, day, season, quarter, half) written with its year in `template`,
    /// which is replaced by the year the expression means.
    case partOfYear(TimexPeriod, Year)
    /// A number of units after the document date's: "last month" is (.month, -1).
    case relative(Unit, Int)
    /// 1 for Monday through 7 for Sunday.
    case weekday(Int, Occurrence)
    case weekend(Occurrence)
    /// A clock time on the day the sentence is about.
    case timeOfDay(hour: Int, minute: Int)
    /// A value that needs no calendar: "PRESENT_REF" for "now", "P3Y" for "three years".
    case literal(String, TimexType)

    /// The placeholder year of templates: a leap year, so that February 29 is a valid template.
    static let templateYear = 2000

    /// A part of a year in `year`, stated in full when the year is given.
    static func part(_ template: TimexPeriod, in year: Year) -> DateReference {
        guard case .given(let given) = year, let period = template.inYear(given) else { return .partOfYear(template, year) }
        return .absolute(period)
    }

    /// Whether resolving needs the document date.
    var isAnchored: Bool {
        switch self {
        case .absolute, .partOfYear(_, .given), .literal: return false
        default: return true
        }
    }

    /// Whether the sentence's tense chooses the period: "in July", "on Friday".
    var dependsOnTense: Bool {
        switch self {
        case .partOfYear(_, .occurrence(.byTense)), .weekday(_, .byTense), .weekend(.byTense): return true
        default: return false
        }
    }

    /// The same reference in the year `year`, for a range whose other end states the year.
    func withYear(_ year: Int) -> DateReference {
        guard case let .partOfYear(template, .occurrence) = self else { return self }
        return template.inYear(year).map(DateReference.absolute) ?? self
    }
}
