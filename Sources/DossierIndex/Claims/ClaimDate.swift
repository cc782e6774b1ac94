/// A date a claim states, reduced to the days it covers so that granularities compare:
/// "July 2022" covers "July 19, 2022"; "October 2020" and "October 2023" are disjoint.
public struct ClaimDate: Sendable, Equatable {
    /// The surface text, for showing why two claims were linked.
    public var text: String
    /// The TIMEX3 value.
    public var value: String
    /// Days since 1970-01-01.
    public var firstDay: Int
    public var lastDay: Int
    /// The value was worked out from the document's date ("in November", "last year"), which
    /// may itself be a guess.
    public var isAnchored: Bool

    public init(text: String, value: String, firstDay: Int, lastDay: Int, isAnchored: Bool = false) {
        self.text = text
        self.value = value
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.isAnchored = isAnchored
    }

    public func overlaps(_ other: ClaimDate) -> Bool {
        firstDay <= other.lastDay && other.firstDay <= lastDay
    }

    /// Spans at most a year: precise enough that disagreeing on it means something.
    var isSpecific: Bool { lastDay - firstDay <= 366 }
}
