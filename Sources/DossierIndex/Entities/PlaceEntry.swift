/// A place the gazetteer knows: its usual name, what kind it is, and how many live there.
struct PlaceEntry: Sendable {
    enum Kind: Int, Sendable, Comparable {
        case city, subdivision, region, country

        static func < (left: Kind, right: Kind) -> Bool { left.rawValue < right.rawValue }
    }

    var name: String
    var kind: Kind
    var population: Int
}
