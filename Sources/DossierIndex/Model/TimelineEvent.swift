/// One dated mention on the timeline: the expression, the value it was given, and the sentence it is in.
public struct TimelineEvent: Sendable, Equatable {
    public var sentence: SentenceReference
    /// The words that name the date ("last October").
    public var text: String
    public var value: TimexValue
    /// The last value of a range ("from 2020 to 2023"), when the expression names one.
    public var endValue: String?
    /// Whether the value depends on the document's date rather than standing on its own.
    public var isAnchored: Bool
    /// Scalar range of `text` within the sentence.
    public var rangeInSentence: Range<Int>
    /// Code-point range of `text` in the original file.
    public var originalRange: Range<Int>
    /// The calendar year the date begins in, worked out once here because the timeline's chart
    /// needs it for every event on every frame and the calendar is slow.
    public let firstYear: Int

    public init(sentence: SentenceReference, text: String, value: TimexValue, endValue: String?, isAnchored: Bool, rangeInSentence: Range<Int>,
                originalRange: Range<Int>) {
        self.sentence = sentence
        self.text = text
        self.value = value
        self.endValue = endValue
        self.isAnchored = isAnchored
        self.rangeInSentence = rangeInSentence
        self.originalRange = originalRange
        firstYear = value.firstYear
    }

    /// How the date reads in a list: "Oct 2020", "2018–2023".
    public var display: String {
        guard let endValue, let end = TimexValue(endValue) else { return value.display }
        return value.display + "–" + end.display
    }
}
