import DossierIndex

/// The side-by-side view over every pane: a row naming the link and the values each side gives,
/// then the claim's document on the left and the linked one on the right, the side the keys scroll
/// framed heavy, each sentence highlighted and its compared values marked in the link's colour.
public struct SplitViewPane {
    public let view: SplitView

    public init(view: SplitView) {
        self.view = view
    }

    public func render(into buffer: inout Buffer, layout: ScreenLayout) {
        let reference = view.reference, role = CrossReferencePane.role(for: reference.relation)
        let row = layout.splitComparison
        buffer.fill(row, style: Style(.statusBar))
        let keys = "Tab other side  Enter open  Esc back"
        let compared = " \(CrossReferencePane.symbol(for: reference.relation)) \(reference.relation.rawValue) · here: \(Self.values(reference.hereValues))"
            + " · there: \(Self.values(reference.thereValues))"
        // What is compared comes first; the keys show only where it leaves room.
        let used = buffer.write(compared, x: row.x, y: row.y, style: Style(role, bold: true), limit: row.width)
        if used + DisplayWidth.of(keys) + 3 <= row.width {
            buffer.write(keys, x: row.maxX - DisplayWidth.of(keys) - 1, y: row.y, style: Style(.statusBar))
        }
        draw(view.left, focused: !view.focusesRight, in: layout.splitLeft, role: role, into: &buffer)
        draw(view.right, focused: view.focusesRight, in: layout.splitRight, role: role, into: &buffer)
    }

    /// "$4bn, 2005", or a dash when the link compared no value.
    static func values(_ values: [String]) -> String {
        values.isEmpty ? "—" : values.joined(separator: ", ")
    }

    private func draw(_ side: SplitView.Side, focused: Bool, in area: Rect, role: StyleRole, into buffer: inout Buffer) {
        buffer.fill(area)
        let reader = side.reader, text = ScreenLayout.splitText(in: area)
        let date = side.sentence.documentDate.map { " · \($0)" } ?? ""
        let footer = side.isLoaded ? "\(reader.percentShown(visible: text.height))%" : nil
        Frame(title: side.sentence.documentTitle + date, focused: focused, footer: footer).render(into: &buffer, area: area)
        guard side.isLoaded else {
            buffer.write("Opening \(side.sentence.documentPath)…", x: text.x, y: text.y, style: .dim, limit: text.width)
            return
        }
        for row in 0..<text.height {
            let index = reader.top + row
            guard index < reader.lines.count else { break }
            let line = reader.lines[index]
            let base = ReaderPane.style(for: line.kind)
            guard let paragraph = line.paragraph else {
                buffer.write(line.text, x: text.x, y: text.y + row, style: base, limit: text.width)
                continue
            }
            let sentence = side.sentenceMark.flatMap { $0.paragraph == paragraph ? $0.ranges : nil } ?? []
            let values = side.valueMarks.filter { $0.paragraph == paragraph }.flatMap(\.ranges)
            let runs = StyledRun.runs(line.text, base: base, layers: [
                (ReaderPane.clip(sentence, to: line.range), Style(.selection)),
                (ReaderPane.clip(values, to: line.range), Style(role, bold: true, underline: true)),
            ])
            buffer.write(runs, x: text.x, y: text.y + row, limit: text.width)
        }
    }
}
