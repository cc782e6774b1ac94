/// A sentence that asserts something checkable, reduced to what comparing it needs: its
/// entities, its content words (stemmed), its amounts and its dates.
public struct Claim: Sendable, Equatable {
    public var sentenceID: Int64
    public var documentID: Int64
    public var entities: [ClaimEntity]
    /// Porter stems of the content words, without repeats.
    public var terms: Set<String>
    /// How rare each term is in English, from about 1 (common) to 7 (very rare), which weighs
    /// it where the corpus is too small to say.
    public var termRarity: [String: Double]
    public var quantities: [Quantity]
    public var dates: [ClaimDate]

    public init(sentenceID: Int64, documentID: Int64, entities: [ClaimEntity], terms: [String: Double], quantities: [Quantity], dates: [ClaimDate]) {
        self.sentenceID = sentenceID
        self.documentID = documentID
        self.entities = entities
        self.terms = Set(terms.keys)
        termRarity = terms
        self.quantities = quantities
        self.dates = dates
    }

    /// Features shared claims are found by: terms, entities and the words of their names (so
    /// that "North-South Transport Corridor" meets "International North-South Transport
    /// Corridor"), exact amounts and years, each a string.
    var features: Set<String> {
        var features = terms
        for entity in entities {
            features.insert("entity:\(entity.id)")
            for word in entity.nameWords { features.insert("name:\(word)") }
        }
        for quantity in quantities { features.insert(Self.feature(of: quantity)) }
        for date in dates { features.insert("year:\(date.value.prefix(4))") }
        return features
    }

    /// How rare a feature is outside the corpus: names and years are specific by nature, and an
    /// amount the more so the more significant digits it has (7,200 km more than $4 billion).
    func rarity(of feature: String) -> Double {
        if let rarity = termRarity[feature] { return rarity }
        if feature.hasPrefix("name:") { return Self.nameWordRarity }
        if feature.hasPrefix("amount:"), let quantity = quantities.first(where: { Self.feature(of: $0) == feature }) {
            return min(6, 3 + Double(Self.significantDigits(quantity.value)))
        }
        return Self.specificRarity
    }

    static let specificRarity = 4.0
    static let nameWordRarity = 2.5

    static func feature(of quantity: Quantity) -> String {
        "amount:\(quantity.unit):\(quantity.value)"
    }

    /// The lowercase words of a name, without the small ones.
    static func nameWords(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count > 2 && !["the", "and", "for"].contains($0) }
    }

    /// 7,200 has two, 4,000,000,000 one.
    static func significantDigits(_ value: Double) -> Int {
        let mantissa = String(format: "%.6e", abs(value)).prefix { $0 != "e" }
        var digits = mantissa.filter(\.isNumber)
        while digits.hasSuffix("0") { digits.removeLast() }
        while digits.hasPrefix("0") { digits.removeFirst() }
        return max(1, digits.count)
    }
}
