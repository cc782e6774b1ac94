/// One line of word-wrapped text and the scalar range of the source text it shows.
public struct WrappedLine: Sendable, Equatable {
    public var text: String
    public var range: Range<Int>

    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}
