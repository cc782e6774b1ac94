/// Decides how two claim frames from independent documents bear on each other, from their slots
/// alone (so a link never depends on which other claims exist, and an incremental update links
/// exactly as a rebuild does):
///
/// * **agree**: the same subject and measure (or the same event with its participants), periods
///   that can be the same, values equal within rounding (or the same event on compatible
///   dates), the same modality;
/// * **conflict**: the same subject, measure, qualifiers and period, both reported as fact,
///   with values apart beyond rounding; or the same once-only event with two dates written out
///   in full that cannot both be right, or stated and denied;
/// * **related**: the same subject and measure or the same event with nothing to compare.
///
/// A forecast never conflicts with an outcome, and different periods never conflict.
struct FrameComparator {
    /// The relation, its confidence, and the two frames that decided it.
    struct Verdict: Equatable {
        var relation: ClaimRelation
        var confidence: Double
        var first: ClaimFrame
        var second: ClaimFrame
    }

    /// The best verdict over every pair of frames of two sentences: the surest agreement or
    /// conflict, else the surest related pair.
    func compare(_ first: [ClaimFrame], _ second: [ClaimFrame]) -> Verdict? {
        var best: Verdict?
        for a in first {
            for b in second {
                guard let verdict = compare(a, b) else { continue }
                if best.map({ Self.rank(verdict) > Self.rank($0) }) ?? true { best = verdict }
            }
        }
        return best
    }

    private static func rank(_ verdict: Verdict) -> (Int, Double, Int) {
        (verdict.relation == .related ? 0 : 1, verdict.confidence, verdict.relation == .conflict ? 1 : 0)
    }

    func compare(_ a: ClaimFrame, _ b: ClaimFrame) -> Verdict? {
        guard a.kind == b.kind else { return nil }
        switch a.kind {
        case .quantity:
            guard let subject = a.subject?.key, let other = b.subject?.key, SubjectKey.same(subject, other) else { return nil }
            return compareQuantities(a, b)
        case .event:
            return compareEvents(a, b)
        }
    }

    // MARK: Quantities

    private func compareQuantities(_ a: ClaimFrame, _ b: ClaimFrame) -> Verdict? {
        guard let measureA = a.measure?.key, let measureB = b.measure?.key, MeasureName.head(of: measureA) == MeasureName.head(of: measureB),
              let valueA = a.value, let valueB = b.value else { return nil }
        let related = Verdict(relation: .related, confidence: Self.relatedConfidence, first: a, second: b)
        let (qualifiersA, qualifiersB) = (MeasureName.qualifiers(of: measureA), MeasureName.qualifiers(of: measureB))
        let sameQualifiers = qualifiersA == qualifiersB
        let (namingA, namingB) = (qualifiersA.filter { !$0.hasPrefix("~") }, qualifiersB.filter { !$0.hasPrefix("~") })
        guard namingA == namingB || namingA.isEmpty || namingB.isEmpty, a.isChange == b.isChange, !a.isNegated, !b.isNegated else { return related }
        let period = Self.periods(a, b)
        guard period != .different else { return related }
        let pairs = ([valueA] + a.equivalents).flatMap { x in ([valueB] + b.equivalents).filter { $0.unit == x.unit }.map { (x, $0) } }
        guard !pairs.isEmpty else { return related }
        if pairs.contains(where: { $0.0.bound == nil && $0.1.bound == nil && $0.0.isCompatible(with: $0.1) }) {
            guard a.modality == b.modality else { return related }
            var confidence = Self.agreeBase
            if period == .same { confidence += Self.explicitPeriodBonus }
            if sameQualifiers && !qualifiersA.isEmpty { confidence += Self.qualifierBonus }
            if pairs.contains(where: { Self.isDistinctive($0.0) || Self.isDistinctive($0.1) }) { confidence += Self.distinctiveValueBonus }
            return Verdict(relation: .agree, confidence: min(1, confidence), first: a, second: b)
        }
        let canConflict = sameQualifiers && a.modality == .reported && b.modality == .reported && (period == .same || period == .sameDay)
            && pairs.allSatisfy { $0.0.bound == nil && $0.1.bound == nil && !$0.0.isApproximate && !$0.1.isApproximate }
        guard canConflict else { return related }
        let confidence = Self.conflictBase + (period == .same ? Self.explicitPeriodBonus : 0) + (qualifiersA.isEmpty ? 0 : Self.qualifierBonus)
        return Verdict(relation: .conflict, confidence: min(1, confidence), first: a, second: b)
    }

    /// A value precise enough that two sources stating it by chance is unlikely: more than one
    /// significant figure that is not a round number ("$1.13bn", "464,000", "4.75%").
    private static func isDistinctive(_ quantity: Quantity) -> Bool {
        let magnitude = abs(quantity.value)
        return magnitude > 0 && magnitude / quantity.step >= 10 && magnitude.truncatingRemainder(dividingBy: quantity.step * 10) != 0
    }

    // MARK: Periods

    enum PeriodMatch {
        /// Both state a period, and they are the same span of time (within a factor of granularity).
        case same
        /// Neither states one, and the documents are of the same day or two.
        case sameDay
        /// Nothing says they differ.
        case compatible
        /// Stated periods that do not overlap, or of different lengths, or documents far apart.
        case different
    }

    static func periods(_ a: ClaimFrame, _ b: ClaimFrame) -> PeriodMatch {
        switch (a.period, b.period) {
        case let (x?, y?):
            guard x.overlaps(y) else { return .different }
            let (lengthX, lengthY) = (Double(x.lastDay - x.firstDay + 1), Double(y.lastDay - y.firstDay + 1))
            return max(lengthX, lengthY) / min(lengthX, lengthY) <= granularityRatio ? .same : .different
        case (nil, nil):
            guard let dayA = a.documentDay, let dayB = b.documentDay else { return .compatible }
            let apart = abs(dayA - dayB)
            if apart <= sameNewsDays { return .sameDay }
            return apart <= reportingWindowDays ? .compatible : .different
        case let (x?, nil):
            return compatible(x, reportedOn: b.documentDay)
        case let (nil, y?):
            return compatible(y, reportedOn: a.documentDay)
        }
    }

    /// A period stated on one side and a report of the other dated: the report must fall in the
    /// period or soon after it.
    private static func compatible(_ period: ClaimDate, reportedOn day: Int?) -> PeriodMatch {
        guard let day else { return .compatible }
        return day >= period.firstDay - sameNewsDays && day <= period.lastDay + reportingWindowDays ? .compatible : .different
    }

    /// Spans longer than this many times the other are another granularity: a month's figure
    /// and a year's are different facts. Three lets a week match a few days, and a quarter two months.
    static let granularityRatio = 3.0
    /// Reports at most this many days apart about one figure with no stated period are news of the same day.
    static let sameNewsDays = 2
    /// A figure with no stated period is reported within this many days of the period it belongs
    /// to: a quarter's results come out within about two months of its end.
    static let reportingWindowDays = 60

    // MARK: Events

    private func compareEvents(_ a: ClaimFrame, _ b: ClaimFrame) -> Verdict? {
        guard let event = a.event, event == b.event else { return nil }
        let subject = Self.match(a.subject, b.subject)
        let object = Self.match(a.object, b.object)
        let place = Self.match(a.place, b.place)
        // The same names in swapped roles are another event: "X bought Y" is not "Y bought X".
        guard subject != .different, object != .different, subject == .same || object == .same else { return nil }
        let related = Verdict(relation: .related, confidence: Self.relatedConfidence, first: a, second: b)
        var anchors = [subject, object].count { $0 == .same }
        let dates = Self.eventDates(a, b, onceOnly: event.isOnceOnly)
        if dates == .overlapping { anchors += 1 }
        if place == .same { anchors += 1 }
        guard anchors >= Self.eventAnchors, place != .different else { return related }
        switch dates {
        case .apart:
            guard event.isOnceOnly, a.modality == .reported, b.modality == .reported, !a.isNegated, !b.isNegated else { return related }
            return Verdict(relation: .conflict, confidence: Self.conflictBase + Self.explicitPeriodBonus, first: a, second: b)
        case .unrelated:
            return related
        case .overlapping, .compatible:
            guard a.modality == b.modality else { return related }
            if a.isNegated != b.isNegated {
                // A denial read on bbc-news was as often about something else named alike ("the UKIP
                // group" against the party) as about the event, so it conflicts only on the same date.
                guard a.modality == .reported, dates == .overlapping else { return related }
                return Verdict(relation: .conflict, confidence: Self.conflictBase, first: a, second: b)
            }
            let confidence = Self.agreeBase + Double(anchors - Self.eventAnchors) * Self.anchorBonus + (dates == .overlapping ? Self.explicitPeriodBonus : 0)
            return Verdict(relation: .agree, confidence: min(1, confidence), first: a, second: b)
        }
    }

    /// Two named participants, or one and the place or date, make an event the same.
    static let eventAnchors = 2

    enum SlotMatch {
        case same, different, unknown
    }

    private static func match(_ a: ClaimFrame.Slot?, _ b: ClaimFrame.Slot?) -> SlotMatch {
        guard let a, let b else { return .unknown }
        return SubjectKey.same(a.key, b.key) ? .same : .different
    }

    enum EventDates {
        /// Stated dates that overlap.
        case overlapping
        /// Nothing says the dates differ.
        case compatible
        /// Two specific dates written out in full that do not overlap: two dates for one event.
        case apart
        /// Dates or reports too far apart for one occurrence of an event that recurs.
        case unrelated
    }

    static func eventDates(_ a: ClaimFrame, _ b: ClaimFrame, onceOnly: Bool) -> EventDates {
        if let x = a.period, let y = b.period {
            if x.overlaps(y) { return .overlapping }
            return x.isSpecific && y.isSpecific && !x.isAnchored && !y.isAnchored ? .apart : .unrelated
        }
        guard !onceOnly, let dayA = a.documentDay, let dayB = b.documentDay else { return .compatible }
        return abs(dayA - dayB) <= eventNewsDays ? .compatible : .unrelated
    }

    /// Reports of an event that recurs (a visit, a meeting) this many days apart can be of one occurrence.
    static let eventNewsDays = 7

    // MARK: Confidence

    // Where a link starts and what raises it; tuned by reading bbc-news links (see ARCHITECTURE.md).
    static let agreeBase = 0.6
    static let conflictBase = 0.6
    static let relatedConfidence = 0.35
    static let explicitPeriodBonus = 0.15
    static let qualifierBonus = 0.1
    static let distinctiveValueBonus = 0.1
    static let anchorBonus = 0.1
}
