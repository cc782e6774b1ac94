/// An entity a claim names, and whether the claim places something in it ("in Azerbaijan").
public struct ClaimEntity: Sendable, Equatable, Hashable {
    public var id: Int64
    public let name: String
    /// The name's lowercase words without the small ones, which claims are also found and compared by.
    let nameWords: [String]
    public var type: EntityType
    /// Named after "in", "inside" or "within", as where something is.
    public var isLocation: Bool
    /// A country by the gazetteer, so that two locations can be told apart for certain.
    public var isCountry: Bool

    public init(id: Int64, name: String, type: EntityType, isLocation: Bool = false, isCountry: Bool = false) {
        self.id = id
        self.name = name
        nameWords = Claim.nameWords(name)
        self.type = type
        self.isLocation = isLocation
        self.isCountry = isCountry
    }
}
