/// Decides whether two claims from different documents are worth linking, and how: `agree` when
/// they state compatible amounts or dates about the same subject, `conflict` when the same
/// subject and event carry incompatible ones or are placed in different countries, `related`
/// when they are about the same specific thing with nothing to compare. It errs towards no link.
struct ClaimComparator {
    /// Wording similarity needed for each kind of link.
    var relatedThreshold = 0.42
    var agreementThreshold = 0.2
    var conflictThreshold = 0.3
    var eventConflictThreshold = 0.38

    /// Below this similarity no kind of link is possible, so comparing stops there.
    var leastSimilarity: Double { min(agreementThreshold, conflictThreshold, relatedThreshold) }

    /// The link between two claims whose features have `similarity` (see ``WeightedFeatures``), if any.
    func link(_ first: Claim, _ second: Claim, similarity: Double) -> ClaimLink? {
        guard first.documentID != second.documentID, similarity >= leastSimilarity else { return nil }
        let sharedEntities = Set(first.entities.filter { !$0.isLocation }.map(\.id)).intersection(second.entities.filter { !$0.isLocation }.map(\.id))
        let differentPeriods = Self.areDifferentPeriods(first.dates, second.dates)
        let sameTopic = !sharedEntities.isEmpty || Self.sharesSubject(first, second, terms: first.terms.intersection(second.terms))
            || Self.sharesSpecificDate(first, second) || Self.sharedNameWords(first, second) >= 2
        if sameTopic, let link = compareAmounts(first, second, similarity: similarity, differentPeriods: differentPeriods) { return link }
        if let link = compareDates(first, second, similarity: similarity, sharedEntities: sharedEntities.count) { return link }
        if let link = comparePlaces(first, second, similarity: similarity, sharedEntities: sharedEntities.count) { return link }
        guard similarity >= relatedThreshold, !sharedEntities.isEmpty || similarity >= relatedThreshold + 0.15 else { return nil }
        return ClaimLink(first: first.sentenceID, second: second.sentenceID, relation: .related, score: similarity)
    }

    // MARK: Values

    /// Amounts of the same kind: any compatible pair is agreement, only incompatible ones conflict.
    /// Amounts for periods that do not overlap (trade in 2021, trade in 2023) are not the same fact.
    /// The caller has made sure the claims are about the same thing, since equal percentages and
    /// round sums turn up everywhere.
    private func compareAmounts(_ first: Claim, _ second: Claim, similarity: Double, differentPeriods: Bool) -> ClaimLink? {
        let pairs = first.quantities.flatMap { a in second.quantities.filter { $0.unit == a.unit }.map { (a, $0) } }
        guard !pairs.isEmpty, similarity >= agreementThreshold else { return nil }
        // A bound ("as much as $40 billion") allows too much to make two statements the same fact.
        let agreeing = pairs.filter { $0.0.bound == nil && $0.1.bound == nil && $0.0.isCompatible(with: $0.1) }
        if let (a, b) = agreeing.min(by: { Self.distance($0.0, $0.1) < Self.distance($1.0, $1.1) }) {
            guard !differentPeriods else { return nil }
            return ClaimLink(first: first.sentenceID, second: second.sentenceID, relation: .agree, score: min(1, similarity + 0.2),
                             firstValues: [a.text], secondValues: [b.text])
        }
        // Different amounts are a contradiction only for sentences worded much alike: otherwise they are
        // more often two measures of one topic (a rate this year and last, a share of two groups).
        guard !differentPeriods, similarity >= eventConflictThreshold, let (a, b) = pairs.first(where: { $0.0.conflicts(with: $0.1) }) else { return nil }
        return ClaimLink(first: first.sentenceID, second: second.sentenceID, relation: .conflict, score: similarity,
                         firstValues: [a.text], secondValues: [b.text])
    }

    /// How far apart two amounts are, relative to the larger.
    private static func distance(_ first: Quantity, _ second: Quantity) -> Double {
        abs(first.value - second.value) / max(abs(first.value), abs(second.value), 1)
    }

    /// Dates of one event: overlapping is agreement; disjoint is conflict only for an event that
    /// happens once ("ended", "signed", "died"), wording close enough to be the same event, and
    /// one date on each side written out in full.
    /// The same named thing is needed too: a shared person or organisation, or a shared place
    /// with the event's subject in the same uncommon words ("the arms embargo on Iran ended").
    private func compareDates(_ first: Claim, _ second: Claim, similarity: Double, sharedEntities: Int) -> ClaimLink? {
        let (a, b) = (first.dates.filter(\.isSpecific), second.dates.filter(\.isSpecific))
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let sharedTerms = first.terms.intersection(second.terms)
        guard !sharedTerms.isDisjoint(with: Self.onceOnlyEvents) else { return nil }
        let namesSubject = Self.sharesSubject(first, second, terms: sharedTerms)
        guard sharedEntities > 0 || (namesSubject && Self.sharesPlace(first, second)) else { return nil }
        guard similarity >= conflictThreshold || (namesSubject && similarity >= agreementThreshold) else { return nil }
        if let (x, y) = a.lazy.flatMap({ x in b.map { (x, $0) } }).first(where: { $0.0.overlaps($0.1) }) {
            return ClaimLink(first: first.sentenceID, second: second.sentenceID, relation: .agree, score: min(1, similarity + 0.2),
                             firstValues: [x.text], secondValues: [y.text])
        }
        // Only two dates written out in full contradict each other: a date valued against a guessed
        // document date may be wrong by a year, and a sentence listing several dates compares the wrong ones.
        guard similarity >= eventConflictThreshold || namesSubject, a.count == 1, b.count == 1, !a[0].isAnchored, !b[0].isAnchored else { return nil }
        return ClaimLink(first: first.sentenceID, second: second.sentenceID, relation: .conflict, score: similarity,
                         firstValues: a.map(\.text), secondValues: b.map(\.text))
    }

    /// Whether the claims share at least two uncommon words besides the event ("arms embargo",
    /// "nuclear deal"): an event's subject named alike, which one word alone is too loose for.
    static func sharesSubject(_ first: Claim, _ second: Claim, terms: Set<String>) -> Bool {
        terms.subtracting(onceOnlyEvents).count { min(first.termRarity[$0] ?? 0, second.termRarity[$0] ?? 0) >= subjectWordRarity } >= 2
    }

    /// Rarer in English than this (7 minus the Zipf frequency: under one in 100,000 words), a word
    /// can name what an event happens to.
    static let subjectWordRarity = 2.0

    private static func sharesPlace(_ first: Claim, _ second: Claim) -> Bool {
        !Set(first.entities.filter { $0.type == .place }.map(\.id)).isDisjoint(with: second.entities.filter { $0.type == .place }.map(\.id))
    }

    /// The same thing placed in different countries: "in northern Iran" against "in Azerbaijan".
    private func comparePlaces(_ first: Claim, _ second: Claim, similarity: Double, sharedEntities: Int) -> ClaimLink? {
        let a = first.entities.filter { $0.isLocation && $0.isCountry }, b = second.entities.filter { $0.isLocation && $0.isCountry }
        // One side's country must be foreign to the other sentence: "in Azerbaijan, linking Russia
        // and Iran" still places the thing outside Iran.
        let foreign = Set(a.map(\.id)).isDisjoint(with: second.entities.map(\.id)) || Set(b.map(\.id)).isDisjoint(with: first.entities.map(\.id))
        let sameThing = sharedEntities >= 2
            || (sharedEntities >= 1 && similarity >= eventConflictThreshold && Self.sharesSubject(first, second, terms: first.terms.intersection(second.terms)))
        guard !a.isEmpty, !b.isEmpty, sameThing,
              similarity >= conflictThreshold, Set(a.map(\.id)).isDisjoint(with: b.map(\.id)), foreign else { return nil }
        return ClaimLink(first: first.sentenceID, second: second.sentenceID, relation: .conflict, score: similarity,
                         firstValues: a.map(\.name), secondValues: b.map(\.name))
    }

    /// Words the claims' names have in common: "International North-South Transport Corridor" and
    /// "North-South Transport Corridor" share four though the recogniser kept them apart.
    static func sharedNameWords(_ first: Claim, _ second: Claim) -> Int {
        Set(first.entities.flatMap(\.nameWords)).intersection(second.entities.flatMap(\.nameWords)).count
    }

    /// Both claims are dated to a year or less, and some date of one overlaps a date of the other.
    static func sharesSpecificDate(_ first: Claim, _ second: Claim) -> Bool {
        first.dates.contains { x in x.isSpecific && second.dates.contains { $0.isSpecific && x.overlaps($0) } }
    }

    /// Both claims are dated to a year or less, and no date of one overlaps a date of the other.
    static func areDifferentPeriods(_ first: [ClaimDate], _ second: [ClaimDate]) -> Bool {
        let (a, b) = (first.filter(\.isSpecific), second.filter(\.isSpecific))
        guard !a.isEmpty, !b.isEmpty else { return false }
        return !a.contains { x in b.contains { x.overlaps($0) } }
    }

    /// Stems of verbs and nouns for events that happen once to a thing, so that two dates for
    /// them cannot both be right.
    static let onceOnlyEvents: Set<String> = [
        "end", "expir", "lift", "sign", "found", "launch", "complet", "withdraw", "withdrew", "die", "di", "born", "assassin",
        "kill", "invad", "invas", "collaps", "ratifi", "adopt", "establish", "inaugur", "abolish", "dissolv", "annex",
        "independ", "elect", "resign", "arrest", "execut", "sentenc", "releas",
    ]
}
