/// Turns the names found in every document into entities: one per thing, whatever it is called
/// where. It works on summaries of mention keys, so that re-resolving a corpus costs little.
///
/// A wrong merge is worse than a missed one: only same-type names merge, a bare surname joins a
/// full name in another document only with a title ("Mr Haddad") and a shared context, when the
/// corpus has one person of that surname, and spelling variants merge only when the surnames agree
/// and the rest differs by a letter or two.
public struct EntityResolver: Sendable {
    /// What is known about one mention key across the corpus.
    public struct KeySummary: Sendable, Equatable {
        public var key: String
        /// Surface forms giving this key, with how often each occurs.
        public var fullNames: [String: Int]
        /// The texts of the mentions, which differ from the full names for acronyms and short forms.
        public var texts: [String: Int]
        /// Confidence-weighted votes for each type.
        public var typeVotes: [EntityType: Double]
        /// The surest single mention of each type.
        public var typeBest: [EntityType: Double]
        public var bestConfidence: Double
        public var mentionCount: Int

        public init(key: String, fullNames: [String: Int] = [:], texts: [String: Int] = [:], typeVotes: [EntityType: Double] = [:],
                    typeBest: [EntityType: Double] = [:], bestConfidence: Double = 0, mentionCount: Int = 0) {
            self.key = key
            self.fullNames = fullNames
            self.texts = texts
            self.typeVotes = typeVotes
            self.typeBest = typeBest
            self.bestConfidence = bestConfidence
            self.mentionCount = mentionCount
        }

        /// Folds in one mention.
        public mutating func add(_ mention: ExtractedMention) {
            fullNames[mention.fullName, default: 0] += 1
            texts[mention.text, default: 0] += 1
            if let type = mention.type { addVote(for: type, confidence: mention.confidence, mentions: 1) }
            bestConfidence = max(bestConfidence, mention.confidence)
            mentionCount += 1
        }

        /// Counts `mentions` mentions typed `type`, the surest of them with `confidence`.
        public mutating func addVote(for type: EntityType, confidence: Double, mentions: Int, totalConfidence: Double? = nil) {
            typeVotes[type, default: 0] += totalConfidence ?? confidence * Double(mentions)
            typeBest[type] = max(typeBest[type] ?? 0, confidence)
        }

        var votedType: EntityType? { EntityResolver.vote(typeVotes, best: typeBest) }

        var words: [Substring] { key.split(separator: " ") }

        /// The letters of an acronym that this key was written as ("US" for "U.S.").
        var acronyms: Set<String> {
            Set(texts.keys.compactMap(EntityResolver.acronymLetters))
        }
    }

    /// An entity: its name, type, and the keys of its mentions.
    public struct Entity: Sendable, Equatable {
        public var name: String
        public var type: EntityType
        public var keys: Set<String>
    }

    /// A type given with less confidence than this was a guess, which a surname's full name overrules.
    static let guessConfidence = 0.5

    /// Below this much evidence, a name nobody could type is not reported.
    public static let minimumEvidence = 0.3

    public init() {}

    /// Groups keys into entities. Keys whose type stays unknown, or whose evidence is too thin,
    /// belong to no entity. `sharesContext` says whether the documents of two keys name some third
    /// thing in common, which a titled surname needs to join a full name from other documents.
    public func resolve(_ summaries: [KeySummary], sharesContext: (String, String) -> Bool = { _, _ in false }) -> [Entity] {
        var groups = UnionFind(summaries.map(\.key))
        let byKey = Dictionary(summaries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let people = summaries.filter { $0.votedType == .person && $0.words.count >= 2 }
        mergeSurnames(summaries, people: people, sharesContext: sharesContext, into: &groups)
        mergeSpellingVariants(people, into: &groups)
        // Forms first, so that "United Nation" and "United Nations" count as one meaning of "UN".
        mergeNameForms(summaries, into: &groups)
        mergeAcronyms(summaries, into: &groups)
        return groups.groups.compactMap { keys in makeEntity(keys.compactMap { byKey[$0] }) }
    }

    /// A lone surname written with a title ("Mr Haddad") joins the one person of that surname named
    /// in full elsewhere in the corpus, when their documents share a context. A bare surname never
    /// does: "Warner" of a film studio is not "Tim Warner" of another article.
    private func mergeSurnames(_ summaries: [KeySummary], people: [KeySummary], sharesContext: (String, String) -> Bool,
                               into groups: inout UnionFind) {
        let bySurname = Dictionary(grouping: people, by: { String($0.words.last ?? "") })
        for summary in summaries where summary.words.count == 1 && (summary.typeBest[.person] ?? 0) >= EntityClassifier.titledPersonConfidence {
            guard summary.votedType == .person, let candidates = bySurname[summary.key] else { continue }
            let distinct = Set(candidates.map { groups.root(of: $0.key) })
            if distinct.count == 1, let first = candidates.first, sharesContext(summary.key, first.key) { groups.union(summary.key, first.key) }
        }
    }

    /// "Liberal Democrat", "Liberal Democrats", "Lib Dems"; "Tory", "Tories": the singular and plural
    /// of a group's name, and its words cut short, name one organisation or thing.
    private func mergeNameForms(_ summaries: [KeySummary], into groups: inout UnionFind) {
        let candidates = summaries.filter { $0.votedType == .organization || $0.votedType == .other }
        let bySingular = Dictionary(grouping: candidates, by: { Self.singular(of: $0.words) })
        for (_, forms) in bySingular where forms.count > 1 && Set(forms.map(\.votedType)).count == 1 {
            for form in forms.dropFirst() { groups.union(forms[0].key, form.key) }
        }
        // Shortened words: every word of the short form opens the same word of the full one.
        let byInitials = Dictionary(grouping: bySingular.keys, by: { $0.map { $0.prefix(1) }.joined() + "/\($0.count)" })
        for (_, keys) in byInitials where keys.count > 1 {
            for short in keys {
                let fulls = keys.filter { $0 != short && Self.isShortened(short, of: $0) }
                let roots = Set(fulls.compactMap { bySingular[$0]?.first.map { groups.root(of: $0.key) } })
                guard roots.count == 1, let full = fulls.first, let shortForm = bySingular[short]?.first, let fullForm = bySingular[full]?.first,
                      shortForm.votedType == fullForm.votedType else { continue }
                groups.union(shortForm.key, fullForm.key)
            }
        }
    }

    /// The words with the last one in the singular: "liberal democrats" → "liberal democrat", "tories" → "tory".
    static func singular(of words: [Substring]) -> [String] {
        var result = words.map(String.init)
        guard let last = result.last, last.count > 3 else { return result }
        if last.hasSuffix("ies") {
            result[result.count - 1] = String(last.dropLast(3)) + "y"
        } else if last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("us") {
            result[result.count - 1] = String(last.dropLast())
        }
        return result
    }

    /// Shortest cut-down word that still says which word it stands for ("lib", "dem").
    static let shortestWordCut = 3

    /// "lib dem" of "liberal democrat": as many words, two or more, each a cut of the other's, one at
    /// least shorter. A single word cut short ("man" of "manchester") is too often another word.
    static func isShortened(_ short: [String], of full: [String]) -> Bool {
        short.count == full.count && short.count >= 2 && short != full && zip(short, full).allSatisfy { cut, word in
            cut == word || (cut.count >= shortestWordCut && cut.count < word.count && word.hasPrefix(cut))
        }
    }

    /// "Ebrahim Raisi" and "Ibrahim Raisi": same surname, given names spelled as variants.
    private func mergeSpellingVariants(_ people: [KeySummary], into groups: inout UnionFind) {
        let bySurname = Dictionary(grouping: people, by: { String($0.words.last ?? "") })
        for (_, sharing) in bySurname where sharing.count > 1 {
            for (index, first) in sharing.enumerated() {
                for second in sharing[(index + 1)...] where SpellingVariants.areVariantNames(first.words, second.words) {
                    groups.union(first.key, second.key)
                }
            }
        }
    }

    /// An acronym defined as a name anywhere in the corpus means it everywhere, as long as no
    /// other name is defined by the same letters; names given the same acronym that differ in one
    /// word of three or more ("… Transport Corridor", "… Transit Corridor") are one thing.
    private func mergeAcronyms(_ summaries: [KeySummary], into groups: inout UnionFind) {
        var expansions: [String: [KeySummary]] = [:]
        for summary in summaries where summary.words.count >= 2 {
            for letters in summary.acronyms { expansions[letters, default: []].append(summary) }
        }
        for (_, named) in expansions where named.count > 1 {
            for (index, first) in named.enumerated() {
                for second in named[(index + 1)...] where Self.differByOneWord(first, second) && first.votedType == second.votedType {
                    groups.union(first.key, second.key)
                }
            }
        }
        for summary in summaries where summary.words.count == 1 && summary.votedType != .person {
            guard let letters = Self.acronymLetters(summary.key.uppercased()), summary.texts.keys.allSatisfy({ Self.acronymLetters($0) != nil }),
                  let named = expansions[letters], let expansion = Self.dominantExpansion(of: letters, among: named, groups: &groups) else { continue }
            groups.union(summary.key, expansion)
        }
    }

    /// Share of an acronym's defined uses that one expansion must have for the bare acronym to mean
    /// it: "EU" written for "European Union" 124 times and for a misspelt "Europe Union" 7 times
    /// means the first; defined once each way, it means neither.
    static let dominantExpansionShare = 0.75

    /// The key of the one thing `letters` stands for wherever it is defined, or of the thing it
    /// stands for in at least `dominantExpansionShare` of its defined uses.
    private static func dominantExpansion(of letters: String, among named: [KeySummary], groups: inout UnionFind) -> String? {
        var uses: [String: (key: String, count: Int)] = [:]
        for summary in named {
            let count = summary.texts.filter { acronymLetters($0.key) == letters }.values.reduce(0, +)
            let root = groups.root(of: summary.key)
            uses[root] = (uses[root].map { $0.key } ?? summary.key, (uses[root]?.count ?? 0) + count)
        }
        let total = uses.values.map(\.count).reduce(0, +)
        guard let best = uses.values.max(by: { $0.count < $1.count }), total > 0,
              uses.count == 1 || Double(best.count) >= dominantExpansionShare * Double(total) else { return nil }
        return best.key
    }

    /// The capitals of an acronym without its periods ("U.S." → "US", "G7"), or nil for anything else.
    static func acronymLetters(_ text: String) -> String? {
        let letters = text.filter { $0 != "." }
        guard (2...8).contains(letters.count), letters.first?.isLetter == true,
              letters.allSatisfy({ ($0.isUppercase && $0.isLetter) || $0.isNumber }) else { return nil }
        return letters
    }

    /// "… Transport Corridor" and "… Transit Corridor": three or more words, one of them written
    /// two ways that open alike; "World Trade Organisation" and "World Tourism Organisation" differ.
    private static func differByOneWord(_ first: KeySummary, _ second: KeySummary) -> Bool {
        let (a, b) = (first.words, second.words)
        let differing = zip(a, b).filter { $0 != $1 }
        guard a.count == b.count, a.count >= 3, differing.count == 1, let (x, y) = differing.first else { return false }
        return x.commonPrefix(with: y).count >= sharedOpeningOfVariants
    }

    /// Letters two spellings of one word share at their start ("Trans" of "Transport", "Transit").
    static let sharedOpeningOfVariants = 4

    /// Below the surest mention's confidence by more than this, a type's mentions are guesses that
    /// do not outvote a real cue however many they are.
    static let guessMargin = 0.25

    /// The type most votes back among the types some mention is nearly as sure of as the surest.
    static func vote(_ votes: [EntityType: Double], best: [EntityType: Double]) -> EntityType? {
        let surest = best.values.max() ?? 0
        return votes.filter { (best[$0.key] ?? 0) >= surest - guessMargin }
            .max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key
    }

    private func makeEntity(_ members: [KeySummary]) -> Entity? {
        var votes: [EntityType: Double] = [:]
        var best: [EntityType: Double] = [:]
        for member in members {
            votes.merge(member.typeVotes, uniquingKeysWith: +)
            best.merge(member.typeBest, uniquingKeysWith: max)
        }
        guard let type = Self.vote(votes, best: best),
              members.map(\.bestConfidence).max() ?? 0 >= Self.minimumEvidence else { return nil }
        return Entity(name: Self.name(of: members), type: type, keys: Set(members.map(\.key)))
    }

    /// The fullest form: the most words, then the longest ("Liberal Democrats" before "Lib Dems"),
    /// then the most frequent.
    static func name(of members: [KeySummary]) -> String {
        var best: (name: String, words: Int, length: Int, count: Int)?
        for member in members {
            for (name, count) in member.fullNames {
                // A lowercase "the" kept from a mention ("the Tories") adds no length.
                let length = name.hasPrefix("the ") ? name.count - 4 : name.count
                let candidate = (name: name, words: member.words.count, length: length, count: count)
                // Ties go to the alphabetically first name, so that naming does not depend on order.
                guard let current = best else {
                    best = candidate
                    continue
                }
                let rank = (candidate.words, candidate.length, candidate.count), currentRank = (current.words, current.length, current.count)
                if rank > currentRank || (rank == currentRank && name < current.name) { best = candidate }
            }
        }
        return best?.name ?? members.first?.key ?? ""
    }
}
