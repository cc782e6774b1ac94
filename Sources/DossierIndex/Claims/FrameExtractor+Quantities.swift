extension FrameExtractor {
    /// A frame for each amount with a measure and a subject, the amounts in parentheses after
    /// another kept as its equivalents ("$1.13bn (£600m)"), and earlier values left out ("from
    /// $639m", "3.1% a year earlier").
    func quantityFrames(_ analysis: SentenceAnalysis, context: Context) -> [ClaimFrame] {
        var frames: [ClaimFrame] = []
        var lastEnd: Int?
        for (tokens, quantity) in analysis.quantities {
            defer { lastEnd = tokens.upperBound }
            if let lastEnd, !frames.isEmpty, tokens.lowerBound == lastEnd + 1, analysis.lower[lastEnd] == "(" {
                frames[frames.count - 1].equivalents.append(quantity)
                continue
            }
            guard !analysis.isPrior(tokens), let frame = quantityFrame(quantity, at: tokens, analysis, context: context) else { continue }
            frames.append(frame)
        }
        return frames
    }

    private func quantityFrame(_ quantity: Quantity, at tokens: Range<Int>, _ analysis: SentenceAnalysis, context: Context) -> ClaimFrame? {
        let clause = analysis.clause(of: tokens.lowerBound)
        var frame = ClaimFrame(kind: .quantity)
        var value = quantity
        let change = self.change(at: tokens, analysis, clause: clause)
        frame.isChange = change != nil
        if let change, change < 0, value.value > 0 {
            value.value = -value.value
            value.upperValue = value.upperValue.map { -$0 }
        }
        guard var measure = measure(of: quantity, at: tokens, analysis, clause: clause) else { return nil }
        // "The economy grew 0.2%" and "growth of 0.2%" state one figure.
        if frame.isChange, MeasureName.head(of: measure.key) == "gdp" {
            measure.key = MeasureName.make(qualifiers: MeasureName.qualifiers(of: measure.key), measure: "growth")
            frame.isChange = false
        }
        // A figure for part of a period ("in the last three months of 2004") is another measure than the whole's.
        // Kept as "~quarter": it keeps two figures from conflicting, not from agreeing.
        let part = clause.compactMap { MeasureLexicon.subPeriods[analysis.lower[$0]].map { "~" + $0 } }.first
        let qualifiers = MeasureName.qualifiers(of: measure.key)
        if let part, !qualifiers.contains(part) {
            measure.key = MeasureName.make(qualifiers: qualifiers + [part], measure: MeasureName.head(of: measure.key))
        }
        frame.value = value
        frame.measure = measure
        guard let subject = subject(of: measure, quantity: tokens, analysis, clause: clause, context: context) else { return nil }
        frame.subject = subject
        if let period = analysis.period(near: tokens, in: clause) {
            frame.period = period.date
            frame.periodRange = period.range
        }
        (frame.modality, frame.isNegated) = modality(analysis, before: tokens.lowerBound, in: clause)
        return frame
    }

    /// +1 or -1 when the amount is the size of a rise or fall ("rose 5%", "down 2%", "a 5% rise"),
    /// nil when it is a level ("rose to 5%", "at 4.75%").
    private func change(at tokens: Range<Int>, _ analysis: SentenceAnalysis, clause: Range<Int>) -> Double? {
        let before = tokens.lowerBound - 1
        if analysis.word(before, in: ["to"]) { return nil }
        for index in stride(from: before, through: max(clause.lowerBound, tokens.lowerBound - Self.changeReach), by: -1) {
            if analysis.word(index, in: MeasureLexicon.rises) { return 1 }
            if analysis.word(index, in: MeasureLexicon.falls) { return -1 }
            if analysis.mentionOfToken[index] != nil || analysis.tokens[index].kind == .number { break }
        }
        for index in tokens.upperBound..<max(tokens.upperBound, min(clause.upperBound, tokens.upperBound + 2)) {
            if analysis.word(index, in: MeasureLexicon.rises) { return 1 }
            if analysis.word(index, in: MeasureLexicon.falls) { return -1 }
        }
        return nil
    }

    /// How many words before an amount a verb of change may stand ("rose by almost 5%", "fell
    /// sharply by 5%"): enough for an adverb and "by".
    static let changeReach = 4

    /// What the amount measures: the counted noun ("464,000 subscribers"), a measure word right
    /// after it ("a 49% stake", "a 5% rise in sales"), else the nearest measure word before it in
    /// its clause ("profits jumped 76%"), with the qualifiers before that word.
    private func measure(of quantity: Quantity, at tokens: Range<Int>, _ analysis: SentenceAnalysis, clause: Range<Int>) -> ClaimFrame.Slot? {
        if case .count(let noun) = quantity.unit {
            let index = tokens.upperBound - 1
            let name = MeasureLexicon.measures[analysis.lower[index]] ?? MeasureLexicon.measures[noun] ?? noun
            return measureSlot(name, at: index, analysis)
        }
        // "bought the production unit for $9.4bn": after a verb of buying, "for" an amount is its price.
        if analysis.word(tokens.lowerBound - 1, in: ["for"]),
           let verb = (clause.lowerBound..<tokens.lowerBound).last(where: { MeasureLexicon.verbs[analysis.lower[$0]] == "price" }) {
            return ClaimFrame.Slot(range: analysis.tokens[verb].range, key: MeasureName.make(qualifiers: [], measure: "price"))
        }
        var index = tokens.upperBound
        let after = min(clause.upperBound, tokens.upperBound + Self.measureReachAfter)
        while index < after {
            let word = analysis.lower[index]
            if let name = MeasureLexicon.measures[word], analysis.mentionOfToken[index] == nil { return measureSlot(name, at: index, analysis) }
            let skippable = MeasureLexicon.rises.contains(word) || MeasureLexicon.falls.contains(word) || MeasureLexicon.qualifiers.contains(word)
                || ["in", "-", "the", "'s"].contains(word)
            guard skippable else { break }
            index += 1
        }
        for index in stride(from: tokens.lowerBound - 1, through: clause.lowerBound, by: -1) {
            guard let name = MeasureLexicon.measures[analysis.lower[index]], analysis.mentionOfToken[index] == nil else { continue }
            return measureSlot(name, at: index, analysis)
        }
        // No measure noun: a verb of owning, buying or offering within a few words says it.
        for index in stride(from: tokens.lowerBound - 1, through: max(clause.lowerBound, tokens.lowerBound - Self.measureVerbReach), by: -1) {
            if let name = MeasureLexicon.verbs[analysis.lower[index]], analysis.mentionOfToken[index] == nil {
                return ClaimFrame.Slot(range: analysis.tokens[index].range, key: MeasureName.make(qualifiers: [], measure: name))
            }
        }
        return nil
    }

    /// How many words after an amount its measure may stand: "a 49% stake", "a 5% rise in sales".
    static let measureReachAfter = 4
    /// How many words before an amount a verb may say what it measures: "bought the unit for $9.3bn".
    static let measureVerbReach = 6

    /// The measure at a token with the qualifiers just before it ("pre-tax profits", "UK house prices").
    private func measureSlot(_ name: String, at index: Int, _ analysis: SentenceAnalysis) -> ClaimFrame.Slot {
        var qualifiers: [String] = []
        var start = index
        var cursor = index - 1
        while cursor >= 0, qualifiers.count < Self.qualifierLimit, analysis.mentionOfToken[cursor] == nil {
            let word = analysis.lower[cursor]
            if word == "-" {
                cursor -= 1
                continue
            }
            if MeasureLexicon.transparent.contains(word) {
                start = cursor
                cursor -= 1
                continue
            }
            guard MeasureLexicon.qualifiers.contains(word) else { break }
            qualifiers.insert(MeasureLexicon.periodQualifiers[word] ?? word, at: 0)
            start = cursor
            cursor -= 1
        }
        return ClaimFrame.Slot(range: analysis.range(of: start..<(index + 1)), key: MeasureName.make(qualifiers: qualifiers, measure: name))
    }

    static let qualifierLimit = 3

    /// Measures of a country's economy, whose subject is a place even when a company is named too.
    static let economicMeasures: Set<String> = ["growth", "gdp", "inflation", "unemployment", "rate", "trade", "exports", "imports",
                                                 "deficit", "surplus", "output", "debt", "budget", "spending", "population"]

    /// Whom the figure is about: the name right before the measure ("TimeWarner's profits", "UK
    /// growth", "Australian growth"), the name right after it ("profits at TimeWarner", "growth
    /// in Brazil"), the first name of the clause that is not only a source, or what a pronoun
    /// stands for.
    private func subject(of measure: ClaimFrame.Slot, quantity tokens: Range<Int>, _ analysis: SentenceAnalysis, clause: Range<Int>,
                         context: Context) -> ClaimFrame.Slot? {
        guard let measureToken = analysis.tokens.firstIndex(where: { $0.range.lowerBound == measure.range.lowerBound }) else { return nil }
        // Right before the measure and its qualifiers, possibly with "'s".
        var index = measureToken - 1
        while index >= clause.lowerBound, ["'", "’", "s", "-"].contains(analysis.lower[index]) { index -= 1 }
        if index >= clause.lowerBound, let owner = analysis.mentionOfToken[index] { return analysis.slot(analysis.mentions[owner]) }
        if index >= clause.lowerBound, analysis.tokens[index].text.first?.isUppercase == true,
           let country = SubjectKey.ofDemonym(analysis.tokens[index].text, gazetteer: gazetteer) {
            return ClaimFrame.Slot(range: analysis.tokens[index].range, key: country)
        }
        let head = MeasureName.head(of: measure.key)
        // A price paid is the price of what was bought: the name after "bought", or before "was sold".
        if head == "price", MeasureLexicon.verbs[analysis.lower[measureToken]] != nil {
            if let bought = analysis.mentions(in: (measureToken + 1)..<max(measureToken + 1, tokens.lowerBound)).first { return analysis.slot(bought) }
            if let sold = analysis.mentions(in: clause.lowerBound..<measureToken).last { return analysis.slot(sold) }
        }
        let measureEnd = analysis.tokens.lastIndex { $0.range.upperBound == measure.range.upperBound } ?? measureToken
        // "profits at TimeWarner", "growth in the UK"; a stake "in" a company is not its holder.
        if head != "stake", analysis.word(measureEnd + 1, in: ["at", "of", "for", "in", "from"]) {
            let next = analysis.word(measureEnd + 2, in: ["the"]) ? measureEnd + 3 : measureEnd + 2
            if analysis.lower.indices.contains(next), let owner = analysis.mentionOfToken[next] { return analysis.slot(analysis.mentions[owner]) }
        }
        let before = clause.lowerBound..<max(clause.lowerBound, min(tokens.lowerBound, measureToken))
        let candidates = analysis.mentions(in: before)
        let economic = Self.economicMeasures.contains(head)
        let preferred = candidates.filter { ($0.type == .place) == economic }
        if let chosen = preferred.first(where: { !isSource($0, in: analysis) }) ?? preferred.first ?? candidates.first {
            return analysis.slot(chosen)
        }
        return anaphor(analysis, in: before, context: context)
    }
}
