/// Ties a document's short names to the full names they stand for there: an acronym to the name
/// it abbreviates, a surname to the one person of that surname, and every mention of a name to the
/// best-founded type any of its mentions has.
struct DocumentAliases {
    let gazetteer: Gazetteer

    /// A type this sure ("Wales" the country, "… Agency") is not overruled by a surname or first
    /// name of the same spelling.
    static let strongSign = EntityClassifier.headConfidence

    func resolve(_ mentions: [ExtractedMention], definitions: [(short: Int, long: Int)]) -> [ExtractedMention] {
        var mentions = mentions
        linkDefinedAcronyms(&mentions, definitions)
        linkAcronymsByInitials(&mentions)
        linkSurnames(&mentions)
        linkFirstNames(&mentions)
        agreeOnTypes(&mentions)
        return mentions
    }

    /// "Joint Comprehensive Plan of Action (JCPOA)": the acronym, here and wherever it recurs in the
    /// document, stands for the full name, and takes its type when that is better founded.
    private func linkDefinedAcronyms(_ mentions: inout [ExtractedMention], _ definitions: [(short: Int, long: Int)]) {
        for (short, long) in definitions {
            let acronym = mentions[short].key
            let full = mentions[long]
            if (mentions[short].type == nil || full.confidence >= EntityResolver.guessConfidence), let type = full.type {
                mentions[short].type = type
                mentions[short].confidence = max(full.confidence, 0.8)
            } else if full.type == nil || full.confidence < mentions[short].confidence {
                mentions[long].type = mentions[short].type
            }
            relink(&mentions, key: acronym, to: mentions[long])
        }
    }

    /// "the EU" in a text that named the "European Union" before: capitals that spell the
    /// initials of one longer name already mentioned.
    private func linkAcronymsByInitials(_ mentions: inout [ExtractedMention]) {
        var byInitials: [String: Set<String>] = [:]
        var fullNames: [String: ExtractedMention] = [:]
        var firstMention: [String: Int] = [:]
        for (index, mention) in mentions.enumerated() where mention.hasSeveralWords && mention.type != .person {
            let initials = Self.initials(of: mention.fullName)
            guard initials.count >= 2 else { continue }
            byInitials[initials, default: []].insert(mention.key)
            fullNames[mention.key] = mention
            firstMention[mention.key] = firstMention[mention.key] ?? index
        }
        for index in mentions.indices where !mentions[index].hasSeveralWords && mentions[index].text.allSatisfy({ $0.isUppercase || $0 == "." }) {
            let letters = mentions[index].text.filter(\.isLetter)
            guard gazetteer.place(mentions[index].text)?.kind != .country, let keys = byInitials[letters], keys.count == 1,
                  let full = fullNames[keys.first!], firstMention[full.key] ?? .max < index else { continue }
            if let type = full.type, full.confidence >= mentions[index].confidence - 0.1 {
                mentions[index].type = type
                mentions[index].confidence = max(full.confidence, mentions[index].confidence)
            }
            relink(&mentions, key: mentions[index].key, to: full)
        }
    }

    /// The initials of a name's capitalised words: "Shanghai Cooperation Organization" → "SCO".
    static func initials(of name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
            word.first.flatMap { $0.isUppercase ? $0 : nil }
        })
    }

    /// "Raisi" after "Ebrahim Raisi": a one-word name that is the surname of exactly one person named
    /// in full, unless a title says it is a given name ("King Charles" after "Ray Charles").
    private func linkSurnames(_ mentions: inout [ExtractedMention]) {
        var people: [String: Set<String>] = [:]
        var fullNames: [String: ExtractedMention] = [:]
        // Every full name typed a person counts against linking, however unsure; only sure ones are linked to.
        for mention in mentions where mention.type == .person && mention.hasSeveralWords {
            guard let surname = mention.key.split(separator: " ").last else { continue }
            people[String(surname), default: []].insert(mention.key)
            if mention.confidence >= EntityResolver.guessConfidence { fullNames[mention.key] = mention }
        }
        // The text, not the key: a surname guessed to be a team ("holloway (team)") may still be the person.
        for index in mentions.indices where !EntityCues.givenNameTitles.contains(mentions[index].title ?? "") {
            let word = NameKey.of(mentions[index].text)
            guard !word.utf8.contains(UInt8(ascii: " ")), let keys = people[word], let key = Self.onePerson(keys), let full = fullNames[key] else { continue }
            // A strong sign that the word is something else (a country, an organisation) wins over the surname.
            if mentions[index].type != nil, mentions[index].type != .person, mentions[index].confidence >= Self.strongSign { continue }
            mentions[index].type = .person
            mentions[index].confidence = max(full.confidence, 0.8)
            mentions[index].key = full.key
            mentions[index].fullName = full.fullName
        }
    }

    /// "Robbie" after "Robbie Williams": a known first name alone stands for the one person of
    /// the document with that first name, unless a strong sign says it is something else. With a
    /// title it is someone else: "Prince Charles" is not "Charles Kennedy", "Mr Charles" a surname.
    private func linkFirstNames(_ mentions: inout [ExtractedMention]) {
        var people: [String: Set<String>] = [:]
        var fullNames: [String: ExtractedMention] = [:]
        for mention in mentions where mention.type == .person && mention.hasSeveralWords {
            guard let first = mention.key.split(separator: " ").first else { continue }
            people[String(first), default: []].insert(mention.key)
            if mention.confidence >= EntityResolver.guessConfidence { fullNames[mention.key] = mention }
        }
        // "Prince Charles" anywhere in the document makes every "Charles" there his.
        let titled = Set(mentions.filter { EntityCues.givenNameTitles.contains($0.title ?? "") }.map(\.text))
        for index in mentions.indices where mentions[index].title == nil && gazetteer.firstNames.contains(mentions[index].text)
            && !titled.contains(mentions[index].text) {
            guard let keys = people[mentions[index].key], keys.count == 1, let full = fullNames[keys.first!] else { continue }
            if mentions[index].type != .person, mentions[index].confidence >= Self.strongSign { continue }
            mentions[index].type = .person
            mentions[index].confidence = max(full.confidence, 0.8)
            mentions[index].key = full.key
            mentions[index].fullName = full.fullName
        }
    }

    /// The key to use when all these full names are one person, in one spelling or several
    /// ("Ebrahim Raisi", "Ibrahim Raisi"); nil when they are different people.
    static func onePerson(_ keys: Set<String>) -> String? {
        let sorted = keys.sorted()
        guard let first = sorted.first else { return nil }
        let words = first.split(separator: " ")
        return sorted.dropFirst().allSatisfy { SpellingVariants.areVariantNames(words, $0.split(separator: " ")) } ? first : nil
    }

    /// The best-founded type, or the one most votes back when no type is more than a guess.
    static func agreedType(votes: [EntityType: Double], best: [EntityType: Double]) -> EntityType? {
        guard let surest = best.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }) else { return nil }
        return surest.value >= EntityResolver.guessConfidence ? surest.key : EntityResolver.vote(votes, best: best)
    }

    /// Every mention of a name takes one type: that of its best-founded mention, or when every
    /// mention is a guess ("in Labour" against "Labour's"), the one more guesses back.
    private func agreeOnTypes(_ mentions: inout [ExtractedMention]) {
        var votes: [String: [EntityType: Double]] = [:], best: [String: [EntityType: Double]] = [:]
        for mention in mentions {
            guard let type = mention.type else { continue }
            votes[mention.key, default: [:]][type, default: 0] += mention.confidence
            best[mention.key, default: [:]][type] = max(best[mention.key]?[type] ?? 0, mention.confidence)
        }
        for index in mentions.indices {
            let key = mentions[index].key
            guard let types = best[key], let type = Self.agreedType(votes: votes[key] ?? [:], best: types) else { continue }
            mentions[index].type = type
            mentions[index].confidence = types[type] ?? 0
        }
    }

    /// Points every mention with `key` at the full name of `target`.
    private func relink(_ mentions: inout [ExtractedMention], key: String, to target: ExtractedMention) {
        for index in mentions.indices where mentions[index].key == key {
            mentions[index].key = target.key
            mentions[index].fullName = target.fullName
            if mentions[index].type == nil { mentions[index].type = target.type }
        }
    }
}
