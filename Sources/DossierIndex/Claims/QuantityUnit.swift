/// What a quantity counts or measures, with the unit its value is normalised to.
public enum QuantityUnit: Sendable, Hashable, CustomStringConvertible {
    /// Money in one currency, by ISO 4217 code; amounts in different currencies never compare.
    case currency(String)
    case percent
    /// Percentage points, which a careful writer keeps apart from percent.
    case percentagePoints
    /// Points of an index, a poll or a score: "up 0.2 points", "won by 12 points".
    case points
    case kilometres
    case tonnes
    case barrels
    case cubicMetres
    /// Things counted by a noun, singular: "36 containers" counts "container".
    case count(String)

    public var description: String {
        switch self {
        case .currency(let code): return code
        case .percent: return "%"
        case .percentagePoints: return "percentage points"
        case .points: return "points"
        case .kilometres: return "km"
        case .tonnes: return "t"
        case .barrels: return "barrels"
        case .cubicMetres: return "m³"
        case .count(let noun): return noun
        }
    }
}
