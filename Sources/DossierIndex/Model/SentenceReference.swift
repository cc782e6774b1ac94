/// A sentence and where it is: its document, its place there, and its offsets in the original file.
public struct SentenceReference: Sendable, Equatable, Hashable {
    public var sentenceID: Int64
    public var documentID: Int64
    public var documentPath: String
    public var documentTitle: String
    public var documentDate: String?
    /// The sentence's position in its document.
    public var ordinal: Int
    public var text: String
    /// Code-point range in the original file.
    public var originalRange: Range<Int>

    public init(sentenceID: Int64, documentID: Int64, documentPath: String, documentTitle: String, documentDate: String?, ordinal: Int,
                text: String, originalRange: Range<Int>) {
        self.sentenceID = sentenceID
        self.documentID = documentID
        self.documentPath = documentPath
        self.documentTitle = documentTitle
        self.documentDate = documentDate
        self.ordinal = ordinal
        self.text = text
        self.originalRange = originalRange
    }
}
