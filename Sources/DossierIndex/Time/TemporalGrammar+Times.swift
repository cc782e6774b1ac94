/// Rules for times of day: "3 p.m.", "10am", "6:23 p.m.", "10:30 GMT", "at noon".
extension TemporalGrammar {
    private static let timeZones: Set<String> = ["gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt"]
    private static let timePrepositions: Set<String> = ["at", "by", "until", "till", "from", "before", "after", "around", "about"]

    func timeOfDay(at index: Int) -> GrammarMatch? {
        if let clock = twentyFourHourClock(at: index) { return clock }
        guard let hourToken = token(index), hourToken.digitCount <= 2, let hour = hourToken.number else { return nil }
        var end = index + 1
        var minute = 0
        var hasClock = false
        if let separator = token(end), separator.text == ":" || separator.text == ".", isAttached(end), isAttached(end + 1),
           token(end + 1)?.digitCount == 2, let minutes = token(end + 1)?.number, minutes < 60 {
            minute = minutes
            hasClock = separator.text == ":"
            end += 2
        }
        if let (isAfternoon, afterMeridiem) = meridiem(at: end) {
            guard (1...12).contains(hour) else { return nil }
            return GrammarMatch(index..<afterMeridiem, .timeOfDay(hour: hour % 12 + (isAfternoon ? 12 : 0), minute: minute))
        }
        guard hasClock, hour <= 23 else { return nil }
        if Self.timeZones.contains(word(end)) { return GrammarMatch(index..<end + 1, .timeOfDay(hour: hour, minute: minute)) }
        guard Self.timePrepositions.contains(word(index - 1)), !isAttached(end) else { return nil }
        return GrammarMatch(index..<end, .timeOfDay(hour: hour, minute: minute))
    }

    /// Four digits before a time zone, as agencies write times: "by 1650 GMT".
    private func twentyFourHourClock(at index: Int) -> GrammarMatch? {
        guard token(index)?.digitCount == 4, let clock = isolatedNumber(at: index), clock / 100 <= 23, clock % 100 <= 59,
              Self.timeZones.contains(word(index + 1)) else { return nil }
        return GrammarMatch(index..<index + 2, .timeOfDay(hour: clock / 100, minute: clock % 100))
    }

    /// "noon" and "midnight" after a preposition of time.
    func namedTime(at index: Int) -> GrammarMatch? {
        guard Self.timePrepositions.contains(word(index - 1)) else { return nil }
        return GrammarMatch(index..<index + 1, .timeOfDay(hour: word(index) == "noon" ? 12 : 0, minute: 0))
    }

    /// "am", "pm", "a.m." or "p.m." at `index`; returns whether it is afternoon, and the token after it.
    private func meridiem(at index: Int) -> (isAfternoon: Bool, end: Int)? {
        let letters = word(index)
        if letters == "am" || letters == "pm" {
            return isAttached(index + 1) && token(index + 1)?.isSymbol(".") != true ? nil : (letters == "pm", index + 1)
        }
        guard letters == "a" || letters == "p", isSymbol(index + 1, "."), isAttached(index + 1), word(index + 2) == "m", isAttached(index + 2) else { return nil }
        let end = isSymbol(index + 3, ".") && isAttached(index + 3) ? index + 4 : index + 3
        return (letters == "p", end)
    }
}
