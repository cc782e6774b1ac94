/// Where the reader was: the document, and the place in it shown at the top of the view, kept as
/// a paragraph offset so that it survives laying the text out again at another width.
public struct ReaderPosition: Sendable, Equatable {
    public var documentID: Int64
    public var paragraph: Int
    /// Scalar offset in the paragraph of the anchoring line's first character.
    public var offset: Int
    /// Lines shown above the anchoring line (a blank line or the document's header).
    public var linesAbove: Int

    public init(documentID: Int64, paragraph: Int, offset: Int, linesAbove: Int = 0) {
        self.documentID = documentID
        self.paragraph = paragraph
        self.offset = offset
        self.linesAbove = linesAbove
    }
}
