/// The words temporal expressions are made of, lowercased.
enum TimeLexicon {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Abbreviations, read as months only before a period or a number.
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Holidays of fixed date, by their words, as (month, day): "Christmas Day", "New Year's Eve".
    static let holidays: [[String]: (month: Int, day: Int)] = [
        ["christmas", "day"]: (12, 25), ["christmas", "eve"]: (12, 24), ["christmas"]: (12, 25), ["boxing", "day"]: (12, 26),
        ["new", "year", "s", "day"]: (1, 1), ["new", "year", "s", "eve"]: (12, 31), ["hogmanay"]: (12, 31),
        ["valentine", "s", "day"]: (2, 14), ["halloween"]: (10, 31),
    ]
    static let holidayLeaders: Set<String> = Set(holidays.keys.compactMap(\.first))

    /// Month names that are also common words or names ("may", "march"), read as months only in a date context.
    static let ambiguousMonths: Set<String> = ["may", "march"]

    /// 1 for Monday through 7 for Sunday.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static let seasons: [String: Season] = [
        "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
    ]

    /// Counts as words, for "two years ago".
    static let cardinals: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Decades written as words, which in news always mean the twentieth century's.
    static let decadeWords: [String: Int] = [
        "twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196, "seventies": 197,
        "eighties": 198, "nineties": 199,
    ]

    /// Words that narrow a period to a part of it.
    static let parts: [String: TimexModifier] = ["early": .start, "mid": .mid, "late": .end]

    /// Nouns for a part of a period, in "the end of", "the middle of", "the beginning of".
    static let partNouns: [String: TimexModifier] = [
        "beginning": .start, "start": .start, "middle": .mid, "end": .end,
    ]

    /// Words after which a bare number is read as a year.
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "before", "after", "during", "from", "through", "throughout", "of",
        "between", "circa", "year", "fiscal", "early", "mid", "late",
    ]

    /// Words before a number-led noun phrase in which a number can be a year: "the 2015 nuclear deal".
    static let determiners: Set<String> = ["the", "its", "their", "his", "her", "our", "this", "that", "a"]

    /// Nouns after a number that make it a count or a measure, not a year: "in 2000 square metres".
    static let countedNouns: Set<String> = [
        "people", "troops", "soldiers", "workers", "jobs", "homes", "houses", "cases", "deaths", "votes", "seats", "units",
        "square", "metres", "meters", "km", "kilometres", "kilometers", "miles", "tonnes", "tons", "barrels", "acres",
        "hectares", "feet", "pounds", "dollars", "euros", "points", "members", "employees", "staff", "students", "children",
        "families", "cars", "vehicles", "shares", "copies", "calories", "kg", "mw", "gb",
    ]

    /// Words before a number that make it a count, not a year: "the remaining 1500 workers".
    static let quantityWords: Set<String> = [
        "first", "last", "next", "remaining", "other", "additional", "extra", "estimated", "total", "further", "some",
        "about", "around", "nearly", "almost", "over", "than", "only", "just", "mere", "whopping", "entire", "same",
    ]

    /// Verbs that make a number before them a year: "2020 was worse", "2023 could surpass".
    static let yearSubjectVerbs: Set<String> = [
        "was", "is", "will", "has", "had", "saw", "marks", "marked", "brought", "promises", "could", "would", "might", "must", "should",
    ]

    /// Prepositions after which a three-digit number at the end of a phrase is a year: "captured in 866 and".
    static let earlyYearPrepositions: Set<String> = ["in", "since", "until", "till", "before", "after"]
}
