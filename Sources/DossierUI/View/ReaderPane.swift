import DossierIndex

/// The reader: the open document's title, details and word-wrapped paragraphs, scrolled.
public struct ReaderPane {
    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect, textArea: Rect) {
        let reader = state.reader
        let footer = reader.document == nil ? nil : "\(reader.percentShown(visible: textArea.height))%"
        Frame(title: reader.document.map { PrintableText.escaping($0.summary.path) } ?? Pane.reader.title, focused: state.hasFocus(.reader), footer: footer)
            .render(into: &buffer, area: area)
        guard reader.document != nil else {
            buffer.write("Select a document and press Enter.", x: textArea.x, y: textArea.y, style: .dim, limit: textArea.width)
            return
        }
        let markers = markersByLine()
        let unsaved = unsavedNoteLines()
        for row in 0..<textArea.height {
            let index = reader.top + row
            guard index < reader.lines.count else { break }
            let line = reader.lines[index]
            buffer.write(runs(for: line), x: textArea.x, y: textArea.y + row, limit: textArea.width)
            if let (ordinal, marker) = markers[index] {
                drawMarker(marker, current: state.claims.current == ordinal, x: textArea.x - ScreenLayout.gutterWidth, y: textArea.y + row, into: &buffer)
            }
            if unsaved.contains(index) {
                buffer.write(Self.unsavedNoteMark, x: textArea.x - ScreenLayout.gutterWidth, y: textArea.y + row, style: Style(.conflict, bold: true))
            }
        }
    }

    /// Marks, over any claim marker, the first line of a sentence whose note is not saved yet: what
    /// the user wrote and could lose comes first.
    static let unsavedNoteMark = "✎!"

    /// The reader lines where sentences with unsaved notes start.
    func unsavedNoteLines() -> Set<Int> {
        guard let document = state.reader.document else { return [] }
        return Set(state.notes.unsavedOrdinals(in: document.summary.id).compactMap { state.reader.line(ofSentence: $0) })
    }

    /// The claim markers by the reader line their sentence starts on.
    func markersByLine() -> [Int: (Int, ClaimMarker)] {
        guard state.claims.documentID == state.reader.document?.summary.id else { return [:] }
        var byLine: [Int: (Int, ClaimMarker)] = [:]
        for (ordinal, marker) in state.claims.markers {
            if let line = state.reader.line(ofSentence: ordinal) { byLine[line] = (ordinal, marker) }
        }
        return byLine
    }

    /// "2" in the agree colour for a claim two other documents bear on, "!" in the conflict colour
    /// when one of them conflicts; the claim `]` went to is drawn reversed.
    private func drawMarker(_ marker: ClaimMarker, current: Bool, x: Int, y: Int, into buffer: inout Buffer) {
        let count = marker.sources > 9 ? "+" : "\(marker.sources)"
        let text = marker.hasConflict ? "!" + count : count
        let style = current ? Style(.selection, bold: true) : Style(marker.hasConflict ? .conflict : .agree, bold: true)
        buffer.write(String(repeating: " ", count: max(0, ScreenLayout.gutterWidth - 1 - DisplayWidth.of(text))) + text, x: x, y: y, style: style)
    }

    /// The line's text with search hits or entity mentions marked, the current one apart from the
    /// others, and the date the timeline chose over both.
    func runs(for line: ReaderLine) -> [StyledRun] {
        let base = Self.style(for: line.kind)
        guard let paragraph = line.paragraph else { return [StyledRun(line.text, style: base)] }
        let reader = state.reader
        let current = reader.currentMark.flatMap { $0.paragraph == paragraph ? $0.ranges : nil } ?? []
        // An entity's mentions take its type's colour, underlined; search hits the hit colour.
        let markStyle = state.entities.active.map { Style(EntitySidebarPane.role(for: $0.entity.type), bold: true, underline: true) } ?? Style(.searchHit)
        let date = reader.dateMark.flatMap { $0.paragraph == paragraph ? $0.ranges : nil } ?? []
        let landed = reader.landedMark.flatMap { $0.paragraph == paragraph ? $0.ranges : nil } ?? []
        return StyledRun.runs(line.text, base: base, layers: [
            (Self.clip(landed, to: line.range), Style(.selection)),
            (Self.clip(reader.marks[paragraph] ?? [], to: line.range), markStyle),
            (Self.clip(current, to: line.range), Style(.selection, bold: true)),
            (Self.clip(date, to: line.range), Style(.date, bold: true, underline: true)),
        ])
    }

    /// Paragraph ranges that fall on a line, moved to the line's own offsets.
    static func clip(_ ranges: [Range<Int>], to line: Range<Int>) -> [Range<Int>] {
        ranges.compactMap { range in
            let lower = max(range.lowerBound, line.lowerBound), upper = min(range.upperBound, line.upperBound)
            return lower < upper ? (lower - line.lowerBound)..<(upper - line.lowerBound) : nil
        }
    }

    static func style(for kind: ReaderLine.Kind) -> Style {
        switch kind {
        case .title: return Style(.title, bold: true)
        case .details: return .dim
        case .heading: return Style(.title, bold: true)
        case .body, .blank: return .text
        }
    }
}
