/// The reader: the open document's title, details and word-wrapped paragraphs, scrolled.
public struct ReaderPane {
    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect, textArea: Rect) {
        let reader = state.reader
        let footer = reader.document == nil ? nil : "\(reader.percentShown(visible: textArea.height))%"
        Frame(title: reader.document?.summary.path ?? Pane.reader.title, focused: state.focus == .reader, footer: footer)
            .render(into: &buffer, area: area)
        guard reader.document != nil else {
            buffer.write("Select a document and press Enter.", x: textArea.x, y: textArea.y, style: .dim, limit: textArea.width)
            return
        }
        for row in 0..<textArea.height {
            let index = reader.top + row
            guard index < reader.lines.count else { break }
            let line = reader.lines[index]
            buffer.write(line.text, x: textArea.x, y: textArea.y + row, style: Self.style(for: line.kind), limit: textArea.width)
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
