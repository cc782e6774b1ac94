/// One screen line of the reader: a piece of the document's header or of one of its paragraphs.
public struct ReaderLine: Sendable, Equatable {
    /// What the line shows, which decides how it is drawn.
    public enum Kind: Sendable, Equatable {
        case title
        case details
        case heading
        case body
        case blank
    }

    public var kind: Kind
    public var text: String
    /// The paragraph this line belongs to, for lines of the text.
    public var paragraph: Int?
    /// The scalar range of the paragraph this line shows.
    public var range: Range<Int>

    public init(kind: Kind, text: String, paragraph: Int? = nil, range: Range<Int> = 0..<0) {
        self.kind = kind
        self.text = text
        self.paragraph = paragraph
        self.range = range
    }
}
