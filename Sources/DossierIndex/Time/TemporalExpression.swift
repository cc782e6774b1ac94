/// An expression that places something in time, with its TIMEX3 value.
public struct TemporalExpression: Sendable, Equatable {
    /// Unicode-scalar offsets within the text that was tagged.
    public var range: Range<Int>
    /// The surface text, exactly that slice.
    public var text: String
    /// The TIMEX3 value: "2024-01-24", "2023-10", "2019", "2022-H2", "2021-SU", "2024-Q1", "199", "15",
    /// "2024-W03", "2024-W03-WE", "2024-01-24T15:00", "2024-01-24TAF", "PRESENT_REF", "P3Y", "XXXX-WXX-1"; a range's start.
    public var value: String
    public var modifier: TimexModifier?
    /// A range's end, else nil.
    public var endValue: String?
    /// Whether the value needed the document date (relative expressions, month and day without a year, weekdays).
    public var isAnchored: Bool
    public var type: TimexType

    public init(range: Range<Int>, text: String, value: String, modifier: TimexModifier? = nil, endValue: String? = nil, isAnchored: Bool = false,
                type: TimexType = .date) {
        self.type = type
        self.range = range
        self.text = text
        self.value = value
        self.modifier = modifier
        self.endValue = endValue
        self.isAnchored = isAnchored
    }
}
