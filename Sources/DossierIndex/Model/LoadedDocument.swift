/// A document read from disk and normalised, ready to be stored in the index.
public struct LoadedDocument: Sendable {
    public var metadata: DocumentMetadata
    public var title: String
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var offsetMap: OffsetMap
    public var wordCount: Int
    /// How many malformed byte sequences were replaced by U+FFFD while decoding.
    public var replacedSequences: Int

    /// A paragraph of normalised text.
    public struct Paragraph: Sendable, Equatable {
        public var text: String
        public var isHeading: Bool
        /// Where the paragraph starts in the normalised text, in Unicode scalars.
        public var start: Int
    }

    /// A sentence, located both in the normalised text and in the original file.
    public struct Sentence: Sendable, Equatable {
        public var text: String
        public var paragraph: Int
        /// Scalar range in the normalised text.
        public var range: Range<Int>
        /// Code-point range in the original file.
        public var originalRange: Range<Int>
    }

    /// The normalised text: paragraphs separated by line feeds.
    public var normalizedText: String { paragraphs.map(\.text).joined(separator: "\n") }
}
