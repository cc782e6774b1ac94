/// Finds the expressions of a sentence that place something in time and gives each its TIMEX3 value.
///
/// Dates and times only: durations ("three years"), sets ("every Monday") and vague references
/// ("recently", "now", "in recent years") are not tagged, since they have no calendar value.
/// Expressions that need the document date (weekdays, "last year", "July 22") are left out when
/// there is none.
public struct TemporalTagger: Sendable {
    public init() {}

    /// Tags one sentence. `documentDate` is an ISO date ("2024-01-24", "2024-01" or "2024") or nil;
    /// without it, expressions that need an anchor are left out.
    public func expressions(in sentence: String, documentDate: String?) -> [TemporalExpression] {
        var mentionedYear: Int?
        return tag(Array(sentence.unicodeScalars), resolver: DateResolver(documentDate: documentDate), mentionedYear: &mentionedYear).map(\.expression)
    }

    /// Tags every sentence of a loaded document; returns (sentence index, expression with range relative to that sentence).
    public func expressions(in document: LoadedDocument, documentDate: String?) -> [(sentence: Int, expression: TemporalExpression)] {
        expressions(inSentences: document.sentences.map(\.text), documentDate: documentDate)
    }

    /// Tags a document's sentences in order, so that "that year" can refer back across them.
    public func expressions(inSentences sentences: [String], documentDate: String?) -> [(sentence: Int, expression: TemporalExpression)] {
        let resolver = DateResolver(documentDate: documentDate)
        var found: [(sentence: Int, expression: TemporalExpression)] = []
        var mentionedYear: Int?
        for (index, sentence) in sentences.enumerated() {
            for tagged in tag(Array(sentence.unicodeScalars), resolver: resolver, mentionedYear: &mentionedYear) {
                found.append((index, tagged.expression))
            }
        }
        return found
    }

    /// An expression with what the tagger knew when valuing it.
    struct Tagged {
        var expression: TemporalExpression
        /// The tense near the expression; unknown unless the value needed it or every tense was asked for.
        var tense: SentenceTense.Tense
    }

    /// Tags a sentence. `mentionedYear` is the year of the last date mentioned before it, for
    /// "that year", and is moved on by the dates the sentence mentions. The tense of the sentence
    /// is read only when a value depends on it, unless `everyTense` asks for it.
    func tag(_ scalars: [Unicode.Scalar], resolver: DateResolver, mentionedYear: inout Int?, everyTense: Bool = false) -> [Tagged] {
        let tokens = TimeTokenizer.tokens(of: scalars)
        let matches = self.matches(in: tokens)
        guard !matches.isEmpty else { return [] }
        let needsTense = everyTense || matches.contains { $0.reference.dependsOnTense || $0.endReference?.dependsOnTense == true }
        let tenses = needsTense ? SentenceTense(tokens: tokens) : nil
        var dates: [ResolvedDate?] = []
        for match in matches {
            let tense = tenses?.tense(near: match.tokens.lowerBound) ?? .unknown
            let date = resolve(match, tense: tense, resolver: resolver, mentionedYear: mentionedYear)
            if let period = date?.period ?? nil, period.kind != .decade, period.kind != .century { mentionedYear = period.days.lowerBound.year }
            dates.append(date)
        }
        return matches.indices.compactMap { index in
            let match = matches[index]
            let date: ResolvedDate
            switch match.reference {
            case let .timeOfDay(hour, minute):
                guard let day = Self.nearestDay(to: match, in: zip(matches, dates), resolver: resolver) else { return nil }
                date = ResolvedDate(value: TimexPeriod.time(day.day, hour: hour, minute: minute).value, type: .time, tense: .unknown,
                                    isAnchored: day.isAnchored)
            case let .literal(value, type):
                date = ResolvedDate(value: value, type: type, tense: .unknown, isAnchored: false)
            default:
                guard let resolved = dates[index] else { return nil }
                date = resolved
            }
            let range = tokens[match.tokens.lowerBound].range.lowerBound..<tokens[match.end - 1].range.upperBound
            let expression = TemporalExpression(range: range, text: String(String.UnicodeScalarView(scalars[range])),
                                                value: date.value(partOfDay: match.dayPart), modifier: match.modifier,
                                                endValue: date.end?.value, isAnchored: date.isAnchored, type: date.type(partOfDay: match.dayPart))
            return Tagged(expression: expression, tense: date.tense)
        }
    }

    /// A match's value: a period of the calendar, or a value that is none ("PRESENT_REF", "P3Y").
    private struct ResolvedDate {
        var period: TimexPeriod?
        var literal: String?
        var literalType: TimexType = .date
        var end: TimexPeriod?
        var tense: SentenceTense.Tense
        var isAnchored: Bool

        init(period: TimexPeriod, end: TimexPeriod? = nil, tense: SentenceTense.Tense, isAnchored: Bool) {
            self.period = period
            self.end = end
            self.tense = tense
            self.isAnchored = isAnchored
        }

        init(value: String, type: TimexType, tense: SentenceTense.Tense, isAnchored: Bool) {
            literal = value
            literalType = type
            self.tense = tense
            self.isAnchored = isAnchored
        }

        /// The TIMEX3 value, narrowed to a part of its day when the expression names one ("Friday afternoon").
        func value(partOfDay part: TimexPeriod.DayPart?) -> String {
            guard let period else { return literal ?? "" }
            if let part, case .day(let day) = period { return TimexPeriod.partOfDay(day, part).value }
            return period.value
        }

        func type(partOfDay part: TimexPeriod.DayPart?) -> TimexType {
            guard let period else { return literalType }
            switch period {
            case .time, .partOfDay: return .time
            case .day: return part == nil ? .date : .time
            default: return .date
            }
        }
    }

    /// The value of a match other than a clock time, or nil when it needs a document date it does not have.
    private func resolve(_ match: GrammarMatch, tense: SentenceTense.Tense, resolver: DateResolver, mentionedYear: Int?) -> ResolvedDate? {
        let anchored = match.reference.isAnchored || match.endReference?.isAnchored == true
        guard let period = resolver.resolve(match.reference, tense: tense, mentionedYear: mentionedYear) else { return nil }
        guard let endReference = match.endReference else { return ResolvedDate(period: period, tense: tense, isAnchored: anchored) }
        guard let end = resolver.resolve(endReference, tense: tense, notBefore: period.days.lowerBound) else { return nil }
        return ResolvedDate(period: period, end: end, tense: tense, isAnchored: anchored)
    }

    /// The day a clock time is on: the day the sentence names nearest to it ("at 3 p.m. on Friday"), else the document's.
    private static func nearestDay(to time: GrammarMatch, in dates: Zip2Sequence<[GrammarMatch], [ResolvedDate?]>,
                                   resolver: DateResolver) -> (day: CalendarDay, isAnchored: Bool)? {
        var nearest: (distance: Int, day: CalendarDay, isAnchored: Bool)?
        for (match, date) in dates {
            guard let date, case .day(let day)? = date.period else { continue }
            let distance = abs(match.tokens.lowerBound - time.tokens.lowerBound)
            if distance < nearest?.distance ?? .max { nearest = (distance, day, date.isAnchored) }
        }
        if let nearest { return (nearest.day, nearest.isAnchored) }
        guard case .day(let day)? = resolver.anchor else { return nil }
        return (day, true)
    }

    /// The grammar's matches from left to right, each starting where the last one ended.
    private func matches(in tokens: [TimeToken]) -> [GrammarMatch] {
        var grammar = TemporalGrammar(tokens: tokens)
        var matches: [GrammarMatch] = []
        var index = 0
        while index < tokens.count {
            if let match = grammar.match(at: index) {
                matches.append(match)
                grammar.previousMatchEnd = match.end
                index = match.end
            } else {
                index += 1
            }
        }
        return matches
    }
}
