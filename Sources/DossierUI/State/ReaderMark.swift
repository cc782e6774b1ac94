/// Marked stretches of one paragraph in the reader, such as the words a search matched.
public struct ReaderMark: Sendable, Equatable {
    public var paragraph: Int
    /// Scalar ranges within the paragraph's text.
    public var ranges: [Range<Int>]

    public init(paragraph: Int, ranges: [Range<Int>]) {
        self.paragraph = paragraph
        self.ranges = ranges
    }
}
