/// The tense a sentence speaks in near a given word, from its verbs: what a month or weekday
/// without a year most likely means ("On July 22 she said" is past, "on July 22 she will" is future).
struct SentenceTense: Sendable {
    enum Tense: Equatable, Sendable {
        case past, future, unknown
    }

    /// A verb that sets the tense, at its token index.
    private struct Marker {
        var index: Int
        var clause: Int
        var tense: Tense
    }

    private var markers: [Marker] = []
    /// The clause of each token, counted from the sentence start: commas, semicolons, colons,
    /// brackets and dashes between words separate clauses.
    private var clauses: [Int] = []
    /// The tense of reporting verbs ("said", "told"), which only counts when no other verb does:
    /// "officials said the talks will resume in March" speaks of a future March.
    private var reportingTense: Tense = .unknown

    private static let futureWords: Set<String> = ["will", "shall", "would", "ll", "must", "should", "might", "could"]
    /// Words that speak of the future when "to" follows: "plans to", "is to", "is expected to".
    private static let futureBeforeTo: Set<String> = [
        "plans", "plan", "planning", "intends", "aims", "expected", "expects", "scheduled", "set", "going", "is", "are",
    ]
    private static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did"]
    private static let reportingVerbs: Set<String> = ["said", "told", "added", "reported", "stated", "announced", "noted", "wrote"]
    private static let irregularPast: Set<String> = [
        "began", "became", "bought", "brought", "built", "came", "caught", "chose", "drew", "drove", "fell", "felt", "flew",
        "fought", "forgot", "found", "gave", "got", "grew", "held", "knew", "led", "left", "lost", "made", "meant", "met",
        "paid", "ran", "rose", "sank", "saw", "sent", "shook", "sold", "sought", "spent", "spoke", "stole", "stood",
        "struck", "swore", "taught", "thought", "threw", "took", "tore", "understood", "went", "withdrew", "won", "wore", "wrote",
        "overtook", "undertook", "arose", "broke", "froze", "hid", "kept", "slept", "swept",
    ]
    /// Words ending in "ed" that are not past tenses.
    private static let notPastEd: Set<String> = [
        "hundred", "united", "limited", "related", "based", "advanced", "detailed", "interested", "sophisticated",
        "supposed", "naked", "wicked", "sacred", "beloved", "red", "bed", "shed", "wed", "fed", "led", "unprecedented",
        "expected", "scheduled", "planned",
    ]
    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"]
    private static let presentAuxiliaries: Set<String> = ["is", "are", "am", "be", "been", "being", "to", "will", "would"]

    init(tokens: [TimeToken]) {
        var clause = 0
        clauses.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if token.kind == .symbol, Self.clauseBreaks.contains(token.text) || (token.isDash && token.isSpaced) { clause += 1 }
            clauses.append(clause)
            guard token.isWord, !token.text.isEmpty else { continue }
            if Self.reportingVerbs.contains(token.text) {
                reportingTense = .past
            } else if let tense = Self.tense(of: index, in: tokens) {
                markers.append(Marker(index: index, clause: clause, tense: tense))
            }
        }
    }

    private static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")"]

    /// The tense of the verb nearest to token `index` in its clause, else in the sentence, else of the reporting verbs.
    func tense(near index: Int) -> Tense {
        let clause = clauses[index]
        return (nearest(to: index) { $0.clause == clause } ?? nearest(to: index) { _ in true })?.tense ?? reportingTense
    }

    private func nearest(to index: Int, where isEligible: (Marker) -> Bool) -> Marker? {
        var best: Marker?
        for marker in markers where isEligible(marker) && (best.map { abs(marker.index - index) < abs($0.index - index) } ?? true) {
            best = marker
        }
        return best
    }

    private static func tense(of index: Int, in tokens: [TimeToken]) -> Tense? {
        let word = tokens[index].text
        if futureWords.contains(word) || (word == "may" && !tokens[index].isCapitalized) { return .future }
        if futureBeforeTo.contains(word), index + 1 < tokens.count, tokens[index + 1].text == "to",
           index + 2 < tokens.count, !determiners.contains(tokens[index + 2].text), !tokens[index + 2].isNumber {
            return auxiliaryTense(before: index, in: tokens) ?? .future
        }
        if word == "due" {
            let causal = index + 2 < tokens.count && tokens[index + 1].text == "to" && determiners.contains(tokens[index + 2].text)
            return causal ? nil : auxiliaryTense(before: index, in: tokens) ?? .future
        }
        if pastAuxiliaries.contains(word) { return .past }
        guard irregularPast.contains(word) || isRegularPast(word) else { return nil }
        // A participle after "be", "will" or "to" belongs to that verb ("will be held"), and one after
        // a determiner is an adjective ("the proposed deal").
        let previous = index > 0 ? tokens[index - 1] : nil
        let isParticiple = previous.map { $0.isWord && (determiners.contains($0.text) || presentAuxiliaries.contains($0.text)) } ?? false
        return isParticiple ? nil : .past
    }

    /// The tense an auxiliary just before a verb gives it: "were due to", "will be expected to".
    private static func auxiliaryTense(before index: Int, in tokens: [TimeToken]) -> Tense? {
        for previous in tokens[max(0, index - 2)..<index] where previous.isWord {
            if pastAuxiliaries.contains(previous.text) { return .past }
            if futureWords.contains(previous.text) { return .future }
        }
        return nil
    }

    private static func isRegularPast(_ word: String) -> Bool {
        word.utf8.count >= 5 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !notPastEd.contains(word)
    }
}
