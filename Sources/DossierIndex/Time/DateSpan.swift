/// A span of days as a user types it to narrow dates: "2020", "2018..2022", "Oct 2023..", "..2019".
public struct DateSpan: Sendable, Equatable {
    /// Days since 1970-01-01; an open end runs to the first or last day there is.
    public var days: ClosedRange<Int>
    /// How the span reads back, with its ends normalised: "2018..2022".
    public var label: String

    /// Reads `first..last`, `first..`, `..last` or one date standing for all its days; nil when
    /// an end is no date or the span ends before it begins.
    public init?(_ text: String) {
        let parts = text.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), parts.contains(where: { !$0.isEmpty }) else { return nil }
        let first = parts[0].isEmpty ? nil : Self.date(parts[0])
        let last = (parts.count == 1 ? parts[0] : parts[1]).isEmpty ? nil : Self.date(parts.count == 1 ? parts[0] : parts[1])
        guard parts[0].isEmpty || first != nil, parts.last!.isEmpty || last != nil else { return nil }
        let lower = first?.firstDay ?? Int.min, upper = last?.lastDay ?? Int.max
        guard lower <= upper else { return nil }
        days = lower...upper
        label = parts.count == 1 ? first!.value : "\(first?.value ?? "")..\(last?.value ?? "")"
    }

    /// One date the way users write it: "2023", "2023-10", "Oct 2023", "2023-10-07", "October 7, 2023".
    public static func date(_ text: String) -> TimexValue? {
        MetadataDate.normalize(text).flatMap { TimexValue($0) }
    }
}
