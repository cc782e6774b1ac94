/// A sentence that matched a search. ``QueryHighlighter`` finds the words that matched, for the
/// hits that are shown.
public struct SearchHit: Sendable, Equatable {
    public var sentenceID: Int64
    public var documentID: Int64
    public var documentPath: String
    public var documentTitle: String
    /// The sentence's position in its document.
    public var ordinal: Int
    public var paragraph: Int
    public var text: String
    /// Code-point range of the sentence in the original file.
    public var originalRange: Range<Int>
    /// Higher is better.
    public var score: Double
    /// Where the entities an `entity:` or `type:` filter chose are mentioned, within `text`.
    public var mentionRanges: [Range<Int>]

    public init(sentenceID: Int64, documentID: Int64, documentPath: String, documentTitle: String, ordinal: Int, paragraph: Int,
                text: String, originalRange: Range<Int>, score: Double, mentionRanges: [Range<Int>] = []) {
        self.sentenceID = sentenceID
        self.documentID = documentID
        self.documentPath = documentPath
        self.documentTitle = documentTitle
        self.ordinal = ordinal
        self.paragraph = paragraph
        self.text = text
        self.originalRange = originalRange
        self.score = score
        self.mentionRanges = mentionRanges
    }

    /// The stretches of the sentence to highlight: the words the query matched and the mentions
    /// its filters chose.
    public func highlights(using highlighter: QueryHighlighter) -> [Range<Int>] {
        QueryHighlighter.merged(highlighter.ranges(in: text) + mentionRanges)
    }
}
