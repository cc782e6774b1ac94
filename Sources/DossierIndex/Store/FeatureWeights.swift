import Foundation
import GRDB

/// How much each claim feature says, from how many of the corpus's claims have it. Features are
/// numbered here so that comparing claims hashes small integers rather than strings.
struct FeatureWeights: Sendable {
    /// Features in more than this share of the claims (and at least ten) are too common to find candidates by.
    static let commonFeatureShare = 0.05
    /// Nor are features of more claims than this, however large the corpus: otherwise the
    /// postings read for each claim grow with the corpus, and linking with its square.
    static let commonFeatureClaims = 500.0

    private let numbers: [String: Int32]
    private let names: [String]
    private let factors: [Double]
    private let rare: [Bool]

    init(_ db: Database) throws {
        let claims = try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0
        var numbers: [String: Int32] = [:]
        var names: [String] = []
        var factors: [Double] = []
        var rare: [Bool] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT feature, claims FROM claimFeatureCount")
        while let row = try rows.next() {
            let count: Int = row[1]
            let name: String = row[0]
            numbers[name] = Int32(names.count)
            names.append(name)
            factors.append(Self.factor(count: count, claims: claims))
            rare.append(Double(count) <= min(max(10, Self.commonFeatureShare * Double(claims)), Self.commonFeatureClaims))
        }
        self.numbers = numbers
        self.names = names
        self.factors = factors
        self.rare = rare
    }

    /// 1 for a feature of one claim, falling towards 0 as more of the corpus's claims have it.
    private static func factor(count: Int, claims: Int) -> Double {
        log(1 + Double(claims) / Double(max(1, count))) / log(1 + Double(max(claims, 1)))
    }

    /// The feature's number, if some stored claim has it.
    func number(of feature: String) -> Int32? {
        numbers[feature]
    }

    func name(of number: Int32) -> String {
        names[Int(number)]
    }

    func factor(_ number: Int32) -> Double {
        factors[Int(number)]
    }

    /// Few enough claims have the feature for it to find candidates by.
    func isRare(_ number: Int32) -> Bool {
        rare[Int(number)]
    }
}
