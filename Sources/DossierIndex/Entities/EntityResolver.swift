/// Turns the names found in every document into entities: one per thing, whatever it is called
/// where. It works on summaries of mention keys, so that re-resolving a corpus costs little.
///
/// A wrong merge is worse than a missed one: only same-type names merge, a bare surname joins a
/// full name only when the corpus has one person of that surname, and spelling variants merge only
/// when the surnames agree and the rest differs by a letter or two.
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
    /// belong to no entity.
    public func resolve(_ summaries: [KeySummary]) -> [Entity] {
        var groups = UnionFind(summaries.map(\.key))
        let byKey = Dictionary(summaries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let people = summaries.filter { $0.votedType == .person && $0.words.count >= 2 }
        mergeSurnames(summaries, people: people, into: &groups)
        mergeSpellingVariants(people, into: &groups)
        mergeAcronyms(summaries, into: &groups)
        return groups.groups.compactMap { keys in makeEntity(keys.compactMap { byKey[$0] }) }
    }

    /// A lone surname joins the one person of that surname named in full anywhere in the corpus.
    private func mergeSurnames(_ summaries: [KeySummary], people: [KeySummary], into groups: inout UnionFind) {
        let bySurname = Dictionary(grouping: people, by: { String($0.words.last ?? "") })
        for summary in summaries where summary.words.count == 1 {
            let mayBePerson = summary.votedType == nil || summary.votedType == .person || summary.bestConfidence < Self.guessConfidence
            guard mayBePerson, let candidates = bySurname[summary.key] else { continue }
            let distinct = Set(candidates.map { groups.root(of: $0.key) })
            if distinct.count == 1, let first = candidates.first { groups.union(summary.key, first.key) }
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
                  let named = expansions[letters] else { continue }
            let distinct = Set(named.map { groups.root(of: $0.key) })
            if distinct.count == 1, let first = named.first { groups.union(summary.key, first.key) }
        }
    }

    /// The capitals of an acronym without its periods ("U.S." → "US"), or nil for anything else.
    static func acronymLetters(_ text: String) -> String? {
        let letters = text.filter { $0 != "." }
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        return letters
    }

    private static func differByOneWord(_ first: KeySummary, _ second: KeySummary) -> Bool {
        let (a, b) = (first.words, second.words)
        return a.count == b.count && a.count >= 3 && zip(a, b).filter { $0 != $1 }.count == 1
    }

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

    /// The fullest form: the most words, then the most frequent.
    static func name(of members: [KeySummary]) -> String {
        var best: (name: String, words: Int, count: Int)?
        for member in members {
            for (name, count) in member.fullNames {
                let words = member.words.count
                // Ties go to the alphabetically first name, so that naming does not depend on order.
                if best == nil || (words, count) > (best!.words, best!.count) || ((words, count) == (best!.words, best!.count) && name < best!.name) {
                    best = (name, words, count)
                }
            }
        }
        return best?.name ?? members.first?.key ?? ""
    }
}
