/// A document's normalised text, paragraph by paragraph, with the sentences inside each paragraph.
public struct DocumentText: Sendable, Equatable {
    public var summary: DocumentSummary
    public var paragraphs: [Paragraph]

    /// A paragraph and where its sentences lie in it.
    public struct Paragraph: Sendable, Equatable {
        public var text: String
        public var isHeading: Bool
        public var sentences: [SentenceSpan]

        public init(text: String, isHeading: Bool, sentences: [SentenceSpan]) {
            self.text = text
            self.isHeading = isHeading
            self.sentences = sentences
        }
    }

    /// A sentence by its index id and its scalar range inside its paragraph.
    public struct SentenceSpan: Sendable, Equatable {
        public var id: Int64
        public var ordinal: Int
        public var range: Range<Int>

        public init(id: Int64, ordinal: Int, range: Range<Int>) {
            self.id = id
            self.ordinal = ordinal
            self.range = range
        }
    }

    public init(summary: DocumentSummary, paragraphs: [Paragraph]) {
        self.summary = summary
        self.paragraphs = paragraphs
    }

    /// The text as `dossier show` prints it: paragraphs separated by blank lines.
    public var plainText: String { paragraphs.map(\.text).joined(separator: "\n\n") }
}
