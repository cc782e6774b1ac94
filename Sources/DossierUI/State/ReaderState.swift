import DossierIndex

/// The document open in the reader, laid out for the reader's width, and how far it is scrolled.
public struct ReaderState: Sendable, Equatable {
    public private(set) var document: DocumentText?
    public private(set) var lines: [ReaderLine] = []
    public private(set) var layoutWidth = 0
    public private(set) var top = 0

    public init() {}

    /// Shows `document` from its start.
    public mutating func open(_ document: DocumentText, width: Int) {
        self.document = document
        layoutWidth = width
        lines = ReaderLayout.lines(for: document, width: width)
        top = 0
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
        scroll(to: top + delta, visible: visible)
    }

    /// How far through the document the bottom of the view is, in percent.
    public func percentShown(visible: Int) -> Int {
        guard !lines.isEmpty else { return 100 }
        return min(100, (top + visible) * 100 / lines.count)
    }
}
