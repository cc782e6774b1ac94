/// A temporal expression located in a file by code-point offsets, as the gold annotations and the
/// evaluation give it.
public struct TimexAnnotation: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var value: String
    public var mod: TimexModifier?
    public var endValue: String?
    /// DATE, TIME, DURATION or SET; absent from annotations that mark calendar dates only.
    public var type: TimexType?

    public init(start: Int, end: Int, text: String, value: String, mod: TimexModifier? = nil, endValue: String? = nil, type: TimexType? = nil) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.mod = mod
        self.endValue = endValue
    }

    /// One annotated document: the file (next to the annotation, or in a corpus), its expressions,
    /// and for BBC articles the date the annotator established (`BBC-GUIDELINES.md`).
    public struct Document: Sendable, Codable {
        public var doc: String
        public var timexes: [TimexAnnotation]
        /// The day the article was published, "YYYY-MM-DD"; absent where the file's front matter dates it.
        public var documentDate: String?
        /// How far that date is known: "day", "week", "month" or "year".
        public var documentDatePrecision: String?
    }

    /// The tagger's expressions in a loaded document, with offsets into its original file, valued
    /// against `documentDate`; with `calendarOnly`, only those that place something on the calendar,
    /// for annotations that mark nothing else (`timex/GUIDELINES.md`).
    public static func tagging(_ document: LoadedDocument, documentDate: String?, calendarOnly: Bool = false,
                               tagger: TemporalTagger = TemporalTagger()) -> [TimexAnnotation] {
        tagger.expressions(in: document, documentDate: documentDate).filter { _, expression in
            !calendarOnly || TimexType.isCalendar(expression.type, value: expression.value)
        }.map { sentence, expression in
            let start = document.sentences[sentence].range.lowerBound
            let original = document.offsetMap.originalRange(of: start + expression.range.lowerBound..<start + expression.range.upperBound)
            return TimexAnnotation(start: original.lowerBound, end: original.upperBound, text: expression.text,
                                   value: expression.value, mod: expression.modifier, endValue: expression.endValue, type: expression.type)
        }
    }

    func overlaps(_ other: TimexAnnotation) -> Bool {
        start < other.end && other.start < end
    }

    func hasSameValue(as other: TimexAnnotation) -> Bool {
        value == other.value && mod == other.mod
    }
}
