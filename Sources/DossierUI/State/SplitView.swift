import DossierIndex

/// A cross-reference's two documents side by side: the claim's on the left, the linked one on the
/// right, each scrolled to its sentence, the sentence and the values compared marked.
public struct SplitView: Sendable, Equatable {
    /// One document of the two, and where its sentence and values are once it is open.
    public struct Side: Sendable, Equatable {
        public var sentence: SentenceReference
        /// The values the link compared, as they are written in the sentence.
        public var values: [String]
        public var reader = ReaderState()
        /// The sentence, and the values within it, in paragraph offsets.
        public private(set) var sentenceMark: ReaderMark?
        public private(set) var valueMarks: [ReaderMark] = []

        public init(sentence: SentenceReference, values: [String]) {
            self.sentence = sentence
            self.values = values
        }

        public var isLoaded: Bool { reader.document != nil }

        /// Lays the document out, marks the sentence and its values, and scrolls the sentence into view.
        mutating func open(_ text: DocumentText, width: Int, visible: Int) {
            reader.open(text, width: width)
            let ordinal = sentence.ordinal
            guard let (paragraph, span) = text.paragraphs.enumerated().lazy.compactMap({ index, paragraph in
                paragraph.sentences.first { $0.ordinal == ordinal }.map { (index, $0) }
            }).first else { return }
            sentenceMark = ReaderMark(paragraph: paragraph, ranges: [span.range])
            let shown = reader.text(ofSentence: sentence.ordinal) ?? sentence.text
            valueMarks = [ReaderMark(paragraph: paragraph, ranges: Self.ranges(of: values, in: shown).map {
                ($0.lowerBound + span.range.lowerBound)..<($0.upperBound + span.range.lowerBound)
            })]
            if let line = reader.line(ofSentence: sentence.ordinal) { reader.reveal(line: line, visible: visible) }
        }

        /// Where each value first occurs in the sentence, in scalars; a value not found is left out.
        static func ranges(of values: [String], in text: String) -> [Range<Int>] {
            let scalars = Array(text.unicodeScalars)
            return values.compactMap { value in
                let pattern = Array(value.unicodeScalars)
                guard !pattern.isEmpty, scalars.count >= pattern.count else { return nil }
                return (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern }
                    .map { $0..<($0 + pattern.count) }
            }
        }
    }

    public var reference: CrossReference
    /// The cross-references to go back to.
    public var panel: CrossReferencePanel
    public var left: Side
    public var right: Side
    /// The keys scroll the right side, else the left.
    public var focusesRight = false

    public init(reference: CrossReference, panel: CrossReferencePanel) {
        self.reference = reference
        self.panel = panel
        left = Side(sentence: reference.here, values: reference.hereValues)
        right = Side(sentence: reference.there, values: reference.thereValues)
    }

    /// The side the keys scroll.
    public var focused: Side {
        get { focusesRight ? right : left }
        set { if focusesRight { right = newValue } else { left = newValue } }
    }
}
