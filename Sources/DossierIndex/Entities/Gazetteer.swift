import Foundation

/// Names from open data that help decide what a capitalised phrase is: places (ISO 3166 and
/// GeoNames), first names and surnames (US Census, gender.c), demonyms, and how common each
/// English word is (wordfreq). See Resources/entities/SOURCES.md.
final class Gazetteer: Sendable {
    /// Places by `NameKey`; a key names the biggest place of that name.
    let places: [String: PlaceEntry]
    let firstNames: Set<String>
    let surnames: Set<String>
    let demonyms: Set<String>
    /// Zipf frequency of lowercase English words: 7 for "the", 3 for rare words.
    let wordFrequency: [String: Double]
    /// How often a word is written in lowercase inside sentences of English news: near 1 for
    /// ordinary words, near 0 for names.
    let lowercaseShare: [String: Double]
    /// First words of multi-word regions and seas, by key.
    let regionFirstWords: Set<String>

    /// The gazetteer built from the shipped resources, loaded on first use.
    static let shared: Gazetteer = (try? Gazetteer.load())
        ?? Gazetteer(places: [:], firstNames: [], surnames: [], demonyms: [], wordFrequency: [:], lowercaseShare: [:])

    init(places: [String: PlaceEntry], firstNames: Set<String>, surnames: Set<String>, demonyms: Set<String>,
         wordFrequency: [String: Double], lowercaseShare: [String: Double]) {
        self.places = places
        self.firstNames = firstNames
        self.surnames = surnames
        self.demonyms = demonyms
        self.wordFrequency = wordFrequency
        self.lowercaseShare = lowercaseShare
        regionFirstWords = Set(places.compactMap { key, entry in
            entry.kind == .region && key.contains(" ") ? key.split(separator: " ").first.map(String.init) : nil
        })
    }

    static func load() throws -> Gazetteer {
        var places: [String: PlaceEntry] = [:]
        let demonyms = Set(try ResourceLocator.lines(of: "entities/demonyms.txt").map(String.init))
        func add(_ name: String, _ entry: PlaceEntry) {
            let key = NameKey.of(name)
            // "Western" (a province of Zambia) reads as the adjective far more often than as the place.
            guard !key.isEmpty, entry.kind == .country || !demonyms.contains(name) else { return }
            if let known = places[key], (known.kind, known.population) >= (entry.kind, entry.population) { return }
            places[key] = entry
        }
        let wordFrequency = try numbers(in: "entities/common-words.tsv")
        let lowercaseShare = try numbers(in: "entities/lowercase-shares.tsv")
        let firstNames = Set(try ResourceLocator.lines(of: "entities/first-names.txt").map(String.init))
        for line in try ResourceLocator.lines(of: "entities/cities.tsv") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let population = Int(fields[2]) else { continue }
            let entry = PlaceEntry(name: String(fields[0]), kind: .city, population: population)
            add(entry.name, entry)
            // Other spellings of the same city ("Teheran", "Kiev"), when they cannot be taken for something else.
            for alternate in fields.count > 3 ? fields[3].split(separator: ",") : [] where alternate.first == entry.name.first {
                let name = String(alternate)
                let lowered = name.lowercased()
                if (lowercaseShare[lowered] ?? ((wordFrequency[lowered] ?? 0) >= ordinaryWordFrequency ? 1 : 0)) < ordinaryLowercaseShare,
                   !firstNames.contains(name) {
                    add(name, entry)
                }
            }
        }
        for line in try ResourceLocator.lines(of: "entities/subdivisions.tsv") {
            let fields = line.split(separator: "\t")
            guard let name = fields.first else { continue }
            add(String(name), PlaceEntry(name: String(name), kind: .subdivision, population: 0))
        }
        for line in try ResourceLocator.lines(of: "entities/regions.txt") {
            add(String(line), PlaceEntry(name: String(line), kind: .region, population: 0))
        }
        for line in try ResourceLocator.lines(of: "entities/countries.tsv") {
            let names = line.split(separator: "\t").map(String.init)
            guard let canonical = names.first else { continue }
            for name in names { add(name, PlaceEntry(name: canonical, kind: .country, population: .max)) }
        }
        return Gazetteer(places: places, firstNames: firstNames,
                         surnames: Set(try ResourceLocator.lines(of: "entities/surnames.txt").map(String.init)),
                         demonyms: demonyms,
                         wordFrequency: wordFrequency, lowercaseShare: lowercaseShare)
    }

    /// A resource of `word<TAB>number` lines.
    private static func numbers(in resource: String) throws -> [String: Double] {
        Dictionary(try ResourceLocator.lines(of: resource).compactMap { line -> (String, Double)? in
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let value = Double(fields[1]) else { return nil }
            return (String(fields[0]), value)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// A word written in lowercase at least this often inside sentences of the news is ordinary.
    static let ordinaryLowercaseShare = 0.5
    /// Failing a share, a word at least this frequent in English (Zipf: 4 is once in 100,000 words) is ordinary.
    static let ordinaryWordFrequency = 4.0

    /// Whether a word is usually written in lowercase, so that its capital at the start of a
    /// sentence or in a headline proves nothing: "However", "Factory", but not "Castro" or "Cuba".
    func isOrdinaryWord(_ word: String) -> Bool {
        let lowered = word.lowercased()
        if let share = lowercaseShare[lowered] { return share >= Self.ordinaryLowercaseShare }
        return frequency(of: lowered) >= Self.ordinaryWordFrequency
    }

    func place(_ name: String) -> PlaceEntry? { places[NameKey.of(name)] }

    /// Whether the word opens the name of a known region or sea ("Caspian" of "Caspian Sea").
    func opensRegionName(_ word: String) -> Bool {
        regionFirstWords.contains(NameKey.of(word))
    }

    /// "European", "African", "Eurasian": the adjective of a continent or region rather than of a
    /// country, which opens names of bodies that span it ("Eurasian Economic Union").
    func isRegionalDemonym(_ word: String) -> Bool {
        guard demonyms.contains(word), word.hasSuffix("n") else { return false }
        return [String(word.dropLast()), String(word.dropLast(2)) + "e"].contains { place($0)?.kind == .region }
    }

    /// How common the word is in lowercase English, 0 for words not in the list.
    func frequency(of word: String) -> Double { wordFrequency[word.lowercased()] ?? 0 }
}
