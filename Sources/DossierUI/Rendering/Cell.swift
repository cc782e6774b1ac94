/// One terminal cell: a grapheme and its style. A wide grapheme fills its cell and the next, which
/// holds an empty continuation.
public struct Cell: Sendable, Equatable, Hashable {
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .text) {
        self.grapheme = grapheme
        self.style = style
    }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell { Cell("", style: style) }

    public var isContinuation: Bool { grapheme.isEmpty }
}
