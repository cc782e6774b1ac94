/// Infers a document's date from its text when front matter and dateline give none.
public enum DocumentDateInference {
    private static let relativeYears = ["this year": 0, "last year": -1, "next year": 1]
    /// Words before a date that make it a deadline or target rather than something that happened:
    /// "by 2015", "until 2010", "before 2020".
    private static let deadlineWords: Set<String> = ["by", "until", "till", "before"]
    /// Nouns that make "for 2005" or "in 2005" after them a forecast or a plan: "the forecast for 2005".
    private static let planNouns: Set<String> = [
        "forecast", "forecasts", "target", "targets", "goal", "goals", "projection", "projections", "outlook", "plan", "plans",
        "budget", "expected", "predicted", "planned", "scheduled", "due", "estimate", "estimates", "guidance",
    ]
    /// How many scalars may stand between such a phrase and its year.
    private static let maximumApposition = 8

    /// The date a document was most likely written: the latest full or month date it reports in
    /// the past tense, or the latest year it reports so when that year is later (a text that says
    /// what happened in 2021 was not written in 2020), never a deadline, target or forecast ("by
    /// 2015", "the forecast for 2005"), moved on to a later year when a sentence ties
    /// "this year", "last year" or "next year" to a stated year ("Last year, 2023, …" dates the
    /// text to 2024); nil when the text gives nothing to go on, or only years it reports (a year
    /// alone is too little evidence). Returns ISO "yyyy-MM-dd", "yyyy-MM" or "yyyy".
    public static func date(of document: LoadedDocument) -> String? {
        let tagger = TemporalTagger()
        let unanchored = DateResolver(documentDate: nil)
        var latest: TimexValue?
        var latestYear: Int?
        var statedYears: [Int] = []
        var mentionedYear: Int?
        for sentence in document.sentences {
            let scalars = Array(sentence.text.unicodeScalars)
            let tagged = tagger.tag(scalars, resolver: unanchored, mentionedYear: &mentionedYear, everyTense: true)
            for item in tagged where item.tense == .past && !isPlan(item.expression, in: scalars) {
                if item.expression.endValue == nil, case .year(let year)? = TimexPeriod(item.expression.value) {
                    latestYear = max(latestYear ?? year, year)
                }
                guard let value = reportedDay(item.expression) else { continue }
                if latest.map({ value.lastDay > $0.lastDay }) ?? true { latest = value }
            }
            statedYears += yearsOfWriting(scalars, tagged: tagged.map(\.expression))
        }
        // A year alone only says the text was written after it ("the firm collapsed in 2002" may be
        // read years later): it moves a reported day or month on, but dates nothing by itself.
        if let year = latestYear, let reported = latest, reported.period.days.upperBound.year < year { latest = TimexValue(.year(year)) }
        guard let year = statedYears.max() else { return latest?.value }
        guard let latest, latest.period.days.lowerBound.year >= year else { return String(year) }
        return latest.value
    }

    /// Whether the words just before an expression make it a deadline, a target or a forecast.
    private static func isPlan(_ expression: TemporalExpression, in scalars: [Unicode.Scalar]) -> Bool {
        let before = words(before: expression.range.lowerBound, in: scalars, count: 2)
        guard let last = before.last else { return false }
        if deadlineWords.contains(last) { return true }
        return (last == "for" || last == "in") && before.count == 2 && planNouns.contains(before[0])
    }

    /// Up to `count` lowercased words just before `offset`, in reading order.
    private static func words(before offset: Int, in scalars: [Unicode.Scalar], count: Int) -> [String] {
        var words: [String] = []
        var end = offset
        while words.count < count {
            while end > 0, !scalars[end - 1].isLetter { end -= 1 }
            var start = end
            while start > 0, scalars[start - 1].isLetter { start -= 1 }
            guard start < end else { break }
            words.insert(String(String.UnicodeScalarView(scalars[start..<end])).lowercased(), at: 0)
            end = start
        }
        return words
    }

    /// A full date or a month the sentence reports, as a day or month value without modifiers.
    private static func reportedDay(_ expression: TemporalExpression) -> TimexValue? {
        guard expression.endValue == nil, let period = TimexPeriod(expression.value) else { return nil }
        switch period {
        case .day, .month: return TimexValue(period)
        case .time(let day, _, _): return TimexValue(.day(day))
        default: return nil
        }
    }

    /// The years of writing a sentence implies by putting a year right after "this year", "last
    /// year" or "next year": "last year's 2023 budget", "this year (2024)", "next year, in 2025".
    /// Only the few scalars before each year are looked at, so sentences without a year cost nothing.
    private static func yearsOfWriting(_ scalars: [Unicode.Scalar], tagged: [TemporalExpression]) -> [Int] {
        tagged.compactMap { expression in
            guard case .year(let year)? = TimexPeriod(expression.value) else { return nil }
            let yearStart = expression.range.lowerBound
            for phraseEnd in stride(from: yearStart, through: max(0, yearStart - maximumApposition), by: -1)
            where isApposition(scalars[phraseEnd..<yearStart]) {
                if let offset = relativeYear(endingAt: phraseEnd, in: scalars) { return year - offset }
            }
            return nil
        }
    }

    /// How many years the "this year", "last year" or "next year" ending at this offset lies from the year of writing.
    private static func relativeYear(endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        for (phrase, offset) in relativeYears {
            let start = end - phrase.count
            guard start >= 0, start == 0 || !scalars[start - 1].isLetter else { continue }
            let words = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
            if words == phrase { return offset }
        }
        return nil
    }

    /// Whether the words between a phrase and a year only join them: punctuation, "'s", "in".
    private static func isApposition(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = String(String.UnicodeScalarView(between)).split { !$0.isLetter }
        return between.count <= maximumApposition && words.allSatisfy { $0 == "s" || $0 == "in" }
    }
}
