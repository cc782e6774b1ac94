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

    /// What a word says about tense.
    private enum Cue {
        case future
        /// Future when "to" follows: "plans to", "is to", "is expected to".
        case futureBeforeTo
        /// "due", future unless it means "because of" ("due to the war").
        case due
        case pastAuxiliary
        case irregularPast
        /// Reporting verbs ("said", "told") only count when no other verb does: "officials said the
        /// talks will resume in March" speaks of a future March.
        case reporting
        /// Ends in "ed" without being a past tense.
        case notPast
    }

    private var markers: [Marker] = []
    /// The clauses that have a reporting verb.
    private var reportingClauses: Set<Int> = []
    /// The clause of each token, counted from the sentence start: commas, semicolons, colons,
    /// brackets and dashes between words separate clauses.
    private var clauses: [Int] = []
    private var reportingTense: Tense = .unknown

    private static let cues: [String: Cue] = {
        var cues: [String: Cue] = [:]
        for word in ["will", "shall", "would", "ll", "must", "should", "might", "could"] { cues[word] = .future }
        for word in ["plans", "plan", "planning", "intends", "aims", "expected", "expects", "scheduled", "set", "going", "is", "are"] {
            cues[word] = .futureBeforeTo
        }
        cues["due"] = .due
        for word in ["was", "were", "had", "did"] { cues[word] = .pastAuxiliary }
        for word in ["said", "told", "added", "reported", "stated", "announced", "noted", "wrote"] { cues[word] = .reporting }
        for word in [
            "began", "became", "bought", "brought", "built", "came", "caught", "chose", "drew", "drove", "fell", "felt", "flew",
            "fought", "forgot", "found", "gave", "got", "grew", "held", "knew", "led", "left", "lost", "made", "meant", "met",
            "paid", "ran", "rose", "sank", "saw", "sent", "shook", "sold", "sought", "spent", "spoke", "stole", "stood",
            "struck", "swore", "taught", "thought", "threw", "took", "tore", "understood", "went", "withdrew", "won", "wore",
            "overtook", "undertook", "arose", "broke", "froze", "hid", "kept", "slept", "swept",
        ] { cues[word] = .irregularPast }
        for word in [
            "hundred", "united", "limited", "related", "based", "advanced", "detailed", "interested", "sophisticated",
            "supposed", "naked", "wicked", "sacred", "beloved", "red", "bed", "shed", "wed", "fed", "unprecedented",
        ] { cues[word] = .notPast }
        return cues
    }()
    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"]
    private static let presentAuxiliaries: Set<String> = ["is", "are", "am", "be", "been", "being", "to", "will", "would"]
    private static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")"]

    init(tokens: [TimeToken]) {
        var clause = 0
        clauses.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if token.kind == .symbol, Self.clauseBreaks.contains(token.text) || (token.isDash && token.isSpaced) { clause += 1 }
            clauses.append(clause)
            guard token.isWord, !token.text.isEmpty else { continue }
            let cue = Self.cues[token.text]
            if cue == .reporting {
                reportingTense = .past
                reportingClauses.insert(clause)
            } else if let tense = Self.tense(of: index, cue: cue, in: tokens) {
                markers.append(Marker(index: index, clause: clause, tense: tense))
            }
        }
    }

    /// The tense of the verb nearest to token `index` in its clause, else of a reporting verb in
    /// its clause ("Shell reported first-quarter profit"), else of the verb nearest in the
    /// sentence, else of the reporting verbs.
    func tense(near index: Int) -> Tense {
        let clause = clauses[index]
        if let marker = nearest(to: index, where: { $0.clause == clause }) { return marker.tense }
        if reportingClauses.contains(clause) { return .past }
        return nearest(to: index) { _ in true }?.tense ?? reportingTense
    }

    private func nearest(to index: Int, where isEligible: (Marker) -> Bool) -> Marker? {
        var best: Marker?
        for marker in markers where isEligible(marker) && (best.map { abs(marker.index - index) < abs($0.index - index) } ?? true) {
            best = marker
        }
        return best
    }

    private static func tense(of index: Int, cue: Cue?, in tokens: [TimeToken]) -> Tense? {
        let word = tokens[index].text
        switch cue {
        case .future: return .future
        case .futureBeforeTo:
            guard index + 2 < tokens.count, tokens[index + 1].text == "to", !determiners.contains(tokens[index + 2].text),
                  !tokens[index + 2].isNumber else { return nil }
            return auxiliaryTense(before: index, in: tokens) ?? .future
        case .due:
            let causal = index + 2 < tokens.count && tokens[index + 1].text == "to" && determiners.contains(tokens[index + 2].text)
            return causal ? nil : auxiliaryTense(before: index, in: tokens) ?? .future
        case .pastAuxiliary: return .past
        case .reporting, .notPast: return nil
        case .irregularPast: return participleOrPast(index, in: tokens)
        case nil:
            if word == "may" && !tokens[index].isCapitalized { return .future }
            return isRegularPast(word) ? participleOrPast(index, in: tokens) : nil
        }
    }

    /// Past, unless the verb is a participle after "be", "will" or "to", which belongs to that verb
    /// ("will be held"), or after a determiner, which makes it an adjective ("the proposed deal").
    private static func participleOrPast(_ index: Int, in tokens: [TimeToken]) -> Tense? {
        guard index > 0 else { return .past }
        let previous = tokens[index - 1]
        return previous.isWord && (determiners.contains(previous.text) || presentAuxiliaries.contains(previous.text)) ? nil : .past
    }

    /// The tense an auxiliary just before a verb gives it: "were due to", "will be expected to".
    private static func auxiliaryTense(before index: Int, in tokens: [TimeToken]) -> Tense? {
        for previous in tokens[max(0, index - 2)..<index] where previous.isWord {
            if cues[previous.text] == .pastAuxiliary { return .past }
            if cues[previous.text] == .future { return .future }
        }
        return nil
    }

    private static func isRegularPast(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 5, bytes.last == UInt8(ascii: "d") else { return false }
        return word.hasSuffix("ed") && !word.hasSuffix("eed")
    }
}
