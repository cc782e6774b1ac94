/// An amount stated in a sentence, normalised: "about $4 billion" is 4e9 USD, approximately.
public struct Quantity: Sendable, Equatable {
    /// Which way a bound points: "more than 40", "up to 40".
    public enum Bound: Sendable, Equatable {
        case atLeast, atMost
    }

    /// Scalar range of the whole expression within the sentence.
    public var range: Range<Int>
    public var text: String
    /// The value in the unit's normal form (USD, km, tonnes…); the lower end of a range.
    public var value: Double
    /// The upper end of a range ("300-700 km"), else nil.
    public var upperValue: Double?
    public var unit: QuantityUnit
    /// Hedged: "about", "around", "nearly", "some".
    public var isApproximate: Bool
    public var bound: Bound?

    public init(range: Range<Int>, text: String, value: Double, upperValue: Double? = nil, unit: QuantityUnit,
                isApproximate: Bool = false, bound: Bound? = nil) {
        self.range = range
        self.text = text
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.isApproximate = isApproximate
        self.bound = bound
    }

    /// How far apart two values may be and still state the same amount: exact figures must be
    /// equal to their precision, hedged ones within a tenth.
    static let approximateTolerance = 0.1
    static let exactTolerance = 0.005

    /// Whether the two could state the same amount: same unit, and values that overlap once
    /// hedges, bounds and ranges are taken into account.
    public func isCompatible(with other: Quantity) -> Bool {
        guard unit == other.unit else { return false }
        let (low, high) = interval
        let (otherLow, otherHigh) = other.interval
        return low <= otherHigh && otherLow <= high
    }

    /// Whether the two are the same kind of amount (same unit) with values that cannot both be true.
    public func conflicts(with other: Quantity) -> Bool {
        unit == other.unit && !isCompatible(with: other) && bound == nil && other.bound == nil
    }

    /// The values this statement allows, widened by its hedge.
    var interval: (Double, Double) {
        let tolerance = isApproximate ? Self.approximateTolerance : Self.exactTolerance
        var low = value * (1 - tolerance)
        var high = (upperValue ?? value) * (1 + tolerance)
        switch bound {
        case .atLeast?: high = .infinity
        case .atMost?: low = 0
        case nil: break
        }
        return (low, high)
    }
}
