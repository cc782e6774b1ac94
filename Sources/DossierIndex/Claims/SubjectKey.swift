/// The key frames compare subjects, objects and places by, made from an entity's name in its own
/// document alone (so a document's frames never depend on what other documents say): a person by
/// surname, an organisation by its name without spaces or company suffix ("TimeWarner" and "Time
/// Warner Inc"), a country by one name whatever it is called ("UK", "Britain") or by its
/// adjective ("Australian" growth).
enum SubjectKey {
    static func of(name: String, type: EntityType?, gazetteer: Gazetteer = .shared) -> String {
        let key = NameKey.of(name)
        if let country = countryAliases[key] { return country }
        var words = key.split(separator: " ").map(String.init)
        // A person by surname, when the name starts with a given name: otherwise the type may be
        // a guess that another document does not share ("Deutsche Boerse"), and the key must not
        // change with it.
        if type == .person, words.count > 1, let surname = words.last, let given = name.split(separator: " ").first,
           gazetteer.firstNames.contains(String(given)) {
            return surname
        }
        while words.count > 1, let last = words.last, companySuffixes.contains(last) { words.removeLast() }
        return words.joined()
    }

    /// Whether two keys name the same thing: equal, or spellings of one long name ("yugansk",
    /// "yuganskneftegas", "yuganskneftegaz"): one a prefix of the other of at least
    /// `prefixLength` letters, or long names a letter apart.
    static func same(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        if short.count >= prefixLength && long.hasPrefix(short) { return true }
        return short.count >= spellingLength && short.count == long.count && zip(short, long).count { $0 != $1 } == 1
    }

    /// The part of a key frames are blocked by, so that spellings `same` joins share a block.
    static func block(_ key: String) -> String {
        String(key.prefix(prefixLength))
    }

    /// Shorter prefixes join different names ("china", "chinamobile").
    static let prefixLength = 7
    /// Names this long a letter apart are spellings of one name.
    static let spellingLength = 8

    /// The country an adjective of nationality names ("Australian" → "australia"), or nil.
    static func ofDemonym(_ word: String, gazetteer: Gazetteer) -> String? {
        let lowered = word.lowercased()
        if let irregular = irregularDemonyms[lowered] { return irregular }
        guard gazetteer.demonyms.contains(word) else { return nil }
        for suffix in demonymSuffixes where lowered.hasSuffix(suffix.ending) && lowered.count > suffix.ending.count + 2 {
            let stem = String(lowered.dropLast(suffix.ending.count))
            for ending in suffix.countryEndings {
                let candidate = stem + ending
                if gazetteer.place(candidate)?.kind == .country { return countryAliases[candidate] ?? candidate.replacingOccurrences(of: " ", with: "") }
            }
        }
        return nil
    }

    /// Other names of the countries whose short names differ most from their full ones, from
    /// ISO 3166 and common English usage.
    static let countryAliases: [String: String] = [
        "united states": "us", "usa": "us", "america": "us", "united states of america": "us", "us": "us",
        "united kingdom": "uk", "britain": "uk", "great britain": "uk", "uk": "uk",
        "russian federation": "russia", "peoples republic of china": "china", "prc": "china",
        "republic of korea": "south korea", "dprk": "north korea", "holland": "netherlands",
        "ivory coast": "cote divoire", "burma": "myanmar", "uae": "united arab emirates",
    ]

    /// Adjectives of nationality that no suffix rule turns into their country.
    static let irregularDemonyms: [String: String] = [
        "british": "uk", "american": "us", "english": "england", "french": "france", "dutch": "netherlands", "swiss": "switzerland",
        "greek": "greece", "irish": "ireland", "spanish": "spain", "welsh": "wales", "scottish": "scotland", "danish": "denmark",
        "swedish": "sweden", "finnish": "finland", "polish": "poland", "turkish": "turkey", "thai": "thailand",
        "filipino": "philippines", "norwegian": "norway", "portuguese": "portugal", "chinese": "china", "japanese": "japan",
        "german": "germany", "israeli": "israel", "pakistani": "pakistan", "iraqi": "iraq", "kuwaiti": "kuwait",
        "saudi": "saudi arabia", "belgian": "belgium", "peruvian": "peru", "argentine": "argentina", "argentinian": "argentina",
        "ukrainian": "ukraine", "czech": "czech republic", "slovak": "slovakia", "icelandic": "iceland", "malaysian": "malaysia",
        "indonesian": "indonesia", "european": "eu",
    ]

    /// Suffix rules of English adjectives of nationality, with the endings of the country names
    /// they come from ("Brazil-ian", "Austral-ian"/"Austral-ia", "Kore-an"/"Kore-a").
    static let demonymSuffixes: [(ending: String, countryEndings: [String])] = [
        ("ian", ["", "ia", "y", "a"]), ("an", ["", "a", "o"]), ("ese", ["", "a"]), ("ish", ["", "y", "land"]), ("i", ["", "an"]),
    ]

    /// Words that end a company's name without naming it: "Inc", "plc", "Group".
    static let companySuffixes: Set<String> = ["inc", "plc", "ltd", "limited", "corp", "corporation", "co", "holdings", "sa", "ag", "nv"]
}
