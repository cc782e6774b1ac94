import DossierIndex

/// The document open in the reader, laid out for the reader's width, and how far it is scrolled.
public struct ReaderState: Sendable, Equatable {
    public private(set) var document: DocumentText?
    public private(set) var lines: [ReaderLine] = []
    public private(set) var layoutWidth = 0
    public private(set) var top = 0
    /// Search hits to highlight, by paragraph.
    public private(set) var marks: [Int: [Range<Int>]] = [:]
    /// The hit `n` or `N` went to, drawn apart from the others.
    public private(set) var currentMark: ReaderMark?
    /// The date chosen in the timeline, drawn in the date colour over any other mark.
    public private(set) var dateMark: ReaderMark?
    /// The sentence a jump landed on, highlighted until the reader next moves.
    public private(set) var landedMark: ReaderMark?

    public init() {}

    /// Shows `document` from its start, without marks.
    public mutating func open(_ document: DocumentText, width: Int) {
        self.document = document
        layoutWidth = width
        lines = ReaderLayout.lines(for: document, width: width)
        top = 0
        marks = [:]
        currentMark = nil
        dateMark = nil
        landedMark = nil
    }

    /// Highlights the sentence with this ordinal as the one a jump landed on.
    public mutating func markLanded(sentence ordinal: Int) {
        guard let document else { return }
        for (index, paragraph) in document.paragraphs.enumerated() {
            guard let sentence = paragraph.sentences.first(where: { $0.ordinal == ordinal }) else { continue }
            landedMark = ReaderMark(paragraph: index, ranges: [sentence.range])
            return
        }
    }

    /// Shows the open document's header anew (its date was set), keeping the scroll and the marks.
    public mutating func update(_ summary: DocumentSummary) {
        guard document?.summary.id == summary.id else { return }
        document?.summary = summary
        if let document { lines = ReaderLayout.lines(for: document, width: layoutWidth) }
    }

    /// Marks the scalars `range` of the sentence with this ordinal as the date the timeline chose.
    public mutating func markDate(inSentence ordinal: Int, range: Range<Int>) {
        guard let document else { return }
        for (index, paragraph) in document.paragraphs.enumerated() {
            guard let sentence = paragraph.sentences.first(where: { $0.ordinal == ordinal }) else { continue }
            let offset = sentence.range.lowerBound
            dateMark = ReaderMark(paragraph: index, ranges: [(range.lowerBound + offset)..<(range.upperBound + offset)])
            return
        }
    }

    /// Replaces the highlighted stretches and the current one.
    public mutating func setMarks(_ newMarks: [ReaderMark], current: ReaderMark?) {
        marks = Dictionary(grouping: newMarks, by: \.paragraph).mapValues { $0.flatMap(\.ranges) }
        currentMark = current
    }

    /// Where a search hit's matched words lie in its paragraph, or nil when the hit is not in this document.
    public func mark(for hit: SearchHit, highlighter: QueryHighlighter) -> ReaderMark? {
        guard let document, hit.documentID == document.summary.id, document.paragraphs.indices.contains(hit.paragraph),
              let sentence = document.paragraphs[hit.paragraph].sentences.first(where: { $0.ordinal == hit.ordinal }) else { return nil }
        let offset = sentence.range.lowerBound
        return ReaderMark(paragraph: hit.paragraph, ranges: hit.highlights(using: highlighter).map { ($0.lowerBound + offset)..<($0.upperBound + offset) })
    }

    /// Where an entity's mention lies in its paragraph, or nil when it is not in this document.
    public func mark(for mention: EntityMention) -> ReaderMark? {
        guard let document, mention.documentID == document.summary.id else { return nil }
        for (index, paragraph) in document.paragraphs.enumerated() {
            guard let sentence = paragraph.sentences.first(where: { $0.ordinal == mention.ordinal }) else { continue }
            let offset = sentence.range.lowerBound
            return ReaderMark(paragraph: index, ranges: [(mention.rangeInSentence.lowerBound + offset)..<(mention.rangeInSentence.upperBound + offset)])
        }
        return nil
    }

    /// The first line of the sentence with this ordinal, if the document has it.
    public func line(ofSentence ordinal: Int) -> Int? {
        guard let document else { return nil }
        for (index, paragraph) in document.paragraphs.enumerated() {
            if let sentence = paragraph.sentences.first(where: { $0.ordinal == ordinal }) {
                return line(ofParagraph: index, offset: sentence.range.lowerBound)
            }
        }
        return nil
    }

    /// The text of the sentence with this ordinal, if the document has it.
    public func text(ofSentence ordinal: Int) -> String? {
        guard let document else { return nil }
        for paragraph in document.paragraphs {
            guard let sentence = paragraph.sentences.first(where: { $0.ordinal == ordinal }) else { continue }
            let scalars = paragraph.text.unicodeScalars
            let start = scalars.index(scalars.startIndex, offsetBy: sentence.range.lowerBound, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let end = scalars.index(scalars.startIndex, offsetBy: sentence.range.upperBound, limitedBy: scalars.endIndex) ?? scalars.endIndex
            return String(scalars[start..<end])
        }
        return nil
    }

    /// The line showing scalar `offset` of paragraph `paragraph`.
    public func line(ofParagraph paragraph: Int, offset: Int) -> Int? {
        lines.firstIndex { $0.paragraph == paragraph && $0.range.upperBound > offset }
            ?? lines.lastIndex { $0.paragraph == paragraph }
    }

    /// Where the view is, anchored to the first line of text at or below the top.
    public var position: ReaderPosition? {
        guard let document else { return nil }
        guard let anchor = lines[min(top, lines.count)...].firstIndex(where: { $0.paragraph != nil }), let paragraph = lines[anchor].paragraph else {
            return ReaderPosition(documentID: document.summary.id, paragraph: 0, offset: 0, linesAbove: top)
        }
        return ReaderPosition(documentID: document.summary.id, paragraph: paragraph, offset: lines[anchor].range.lowerBound, linesAbove: anchor - top)
    }

    /// Shows `position` as it was when it was taken.
    public mutating func show(_ position: ReaderPosition, visible: Int) {
        landedMark = nil
        let anchor = line(ofParagraph: position.paragraph, offset: position.offset) ?? 0
        scroll(to: anchor - position.linesAbove, visible: visible)
    }

    /// Scrolls just enough to show `line`, placing it a third of the way down when it was out of view.
    public mutating func reveal(line: Int, visible: Int) {
        guard line < top || line >= top + visible else { return }
        scroll(to: line - visible / 3, visible: visible)
    }

    /// Lays the text out again for a new width, keeping the line that was at the top in view.
    public mutating func relayout(width: Int, visible: Int) {
        guard let document, width != layoutWidth else { return scroll(to: top, visible: visible) }
        let anchor = lines.indices.contains(top) ? lines[top] : nil
        layoutWidth = width
        lines = ReaderLayout.lines(for: document, width: width)
        let anchored = anchor.flatMap { anchor in
            lines.firstIndex { $0.paragraph == anchor.paragraph && $0.paragraph != nil && $0.range.upperBound > anchor.range.lowerBound }
        }
        scroll(to: anchored ?? min(top, lines.count), visible: visible)
    }

    /// Scrolls so that line `line` is at the top, without scrolling past the end.
    public mutating func scroll(to line: Int, visible: Int) {
        top = min(max(0, line), max(0, lines.count - max(1, visible)))
    }

    public mutating func scroll(by delta: Int, visible: Int) {
        landedMark = nil
        scroll(to: top + delta, visible: visible)
    }

    /// How far through the document the bottom of the view is, in percent.
    public func percentShown(visible: Int) -> Int {
        guard !lines.isEmpty else { return 100 }
        return min(100, (top + visible) * 100 / lines.count)
    }
}
