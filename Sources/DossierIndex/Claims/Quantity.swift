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
    /// The rounding step of the value as written, in the unit's normal form: 0.01e9 for
    /// "$1.13bn", 1 for "76%". Two exact values agree when each rounds to the other's step.
    public var step: Double = 1

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

    /// How far apart two values may be and still state the same amount: hedged ones within a
    /// tenth (a usual reading of "about"), exact ones within half their rounding step.
    static let approximateTolerance = 0.1
    /// Floating-point slack for exact values that are equal as written.
    static let exactTolerance = 1e-9

    /// Whether the two could state the same amount: same unit, and values that overlap once
    /// hedges, bounds and ranges are taken into account.
    public func isCompatible(with other: Quantity) -> Bool {
        guard unit == other.unit else { return false }
        let (low, high) = interval
        let (otherLow, otherHigh) = other.interval
        // Rounding: "$1.1bn" states "$1.13bn", and "76%" states "76.2%", but "$4bn" does not state "$4.5bn".
        let gap = max(0, otherLow - high, low - otherHigh)
        return gap < max(step, other.step) / 2 * (1 - Self.roundingSlack) + Self.exactTolerance * max(abs(high), abs(otherHigh), 1)
    }

    /// Keeps a value exactly half a step away ("4" and "4.5") from counting as rounded.
    static let roundingSlack = 1e-6

    /// Whether the two are the same kind of amount (same unit) with values that cannot both be true.
    public func conflicts(with other: Quantity) -> Bool {
        unit == other.unit && !isCompatible(with: other) && bound == nil && other.bound == nil
    }

    /// The values this statement allows, widened by its hedge.
    var interval: (Double, Double) {
        let upper = upperValue ?? value
        let slack = isApproximate ? Self.approximateTolerance * max(abs(value), abs(upper)) : 0
        var low = min(value, upper) - slack
        var high = max(value, upper) + slack
        switch bound {
        case .atLeast?: high = .infinity
        case .atMost?: low = min(0, low)
        case nil: break
        }
        return (low, high)
    }
}
