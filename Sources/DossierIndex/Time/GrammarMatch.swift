/// One expression the grammar found: the tokens it spans and what it refers to.
struct GrammarMatch: Sendable {
    var tokens: Range<Int>
    var reference: DateReference
    var modifier: TimexModifier?
    /// A range's end.
    var endReference: DateReference?
    /// The part of the day a day is narrowed to: "Friday afternoon".
    var dayPart: TimexPeriod.DayPart?

    init(_ tokens: Range<Int>, _ reference: DateReference, modifier: TimexModifier? = nil, endReference: DateReference? = nil,
         dayPart: TimexPeriod.DayPart? = nil) {
        self.tokens = tokens
        self.reference = reference
        self.dayPart = dayPart
        self.modifier = modifier
        self.endReference = endReference
    }

    var end: Int { tokens.upperBound }

    /// The same match reaching back to token `start`, for words that lead it ("the", "early").
    func starting(at start: Int, modifier newModifier: TimexModifier? = nil) -> GrammarMatch {
        GrammarMatch(start..<end, reference, modifier: newModifier ?? modifier, endReference: endReference, dayPart: dayPart)
    }
}
