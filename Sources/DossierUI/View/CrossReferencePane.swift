import DossierIndex

/// A claim's cross-references over the document list and the reader: the claim above, then for
/// each linked sentence its relation, document and date, the sentence cut around its values, and
/// the values of both side by side.
public struct CrossReferencePane {
    public static let rowsPerReference = 3
    /// Rows above the list: the claim's heading, its sentence, and a rule.
    static let headerRows = 3

    public let state: AppState
    public let panel: CrossReferencePanel

    public init(state: AppState, panel: CrossReferencePanel) {
        self.state = state
        self.panel = panel
    }

    /// How many cross-references fit under the claim.
    public static func visibleRows(in layout: ScreenLayout) -> Int {
        max(1, (layout.searchResults.height - 2 - headerRows) / rowsPerReference)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        let references = panel.references ?? []
        let footer = panel.cursor.position(in: references.count)
        let inner = Frame(title: "Cross-references (\(references.count))", focused: true, footer: footer).render(into: &buffer, area: area)
        guard inner.width > 4, inner.height > Self.headerRows else { return }
        guard let first = references.first else {
            buffer.write(panel.references == nil ? "Finding cross-references…" : "This claim has no cross-references.",
                         x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
            return
        }
        drawClaim(first, in: inner, into: &buffer)
        let visible = max(1, (inner.height - Self.headerRows) / Self.rowsPerReference)
        for (row, index) in (panel.cursor.top..<min(references.count, panel.cursor.top + visible)).enumerated() {
            draw(references[index], at: inner.y + Self.headerRows + row * Self.rowsPerReference, in: inner, into: &buffer,
                 selected: index == panel.cursor.selected)
        }
    }

    private func drawClaim(_ reference: CrossReference, in area: Rect, into buffer: inout Buffer) {
        buffer.write(DisplayWidth.truncate("This claim · \(reference.here.documentTitle)", to: area.width - 1), x: area.x + 1, y: area.y,
                     style: Style(.title, bold: true))
        let values = panel.references?.flatMap(\.hereValues) ?? []
        let snippet = Snippet(reference.here.text, highlights: Self.ranges(of: values, in: reference.here.text), width: area.width - 3)
        buffer.write(StyledRun.runs(snippet.text, base: .text, marked: snippet.highlights, markStyle: Style(.searchHit)),
                     x: area.x + 2, y: area.y + 1, limit: area.width - 3)
        buffer.write(String(repeating: "─", count: max(0, area.width - 2)), x: area.x + 1, y: area.y + 2, style: Style(.border))
    }

    private func draw(_ reference: CrossReference, at y: Int, in area: Rect, into buffer: inout Buffer, selected: Bool) {
        let role = Self.role(for: reference.relation)
        let date = reference.there.documentDate.map { " · \($0)" } ?? ""
        buffer.write(Self.symbol(for: reference.relation) + " " + reference.relation.rawValue, x: area.x + 1, y: y, style: Style(role, bold: true))
        let heading = " · \(reference.there.documentTitle) · \(reference.there.documentPath)\(date)"
        let used = DisplayWidth.of(Self.symbol(for: reference.relation) + " " + reference.relation.rawValue) + 1
        buffer.write(DisplayWidth.truncate(heading, to: area.width - used - 1), x: area.x + used, y: y, style: .dim)
        let snippet = Snippet(reference.there.text, highlights: Self.ranges(of: reference.thereValues, in: reference.there.text), width: area.width - 3)
        buffer.write(StyledRun.runs(snippet.text, base: .text, marked: snippet.highlights, markStyle: Style(role, bold: true, underline: true)),
                     x: area.x + 2, y: y + 1, limit: area.width - 3)
        if !reference.hereValues.isEmpty || !reference.thereValues.isEmpty {
            let comparison = "here: \(reference.hereValues.joined(separator: ", "))   there: \(reference.thereValues.joined(separator: ", "))"
            buffer.write(DisplayWidth.truncate(comparison, to: area.width - 3), x: area.x + 2, y: y + 2, style: Style(role))
        }
        if selected {
            buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: min(Self.rowsPerReference, area.maxY - y))) { style in
                if style.role == .text || style.role == .dimText { style.role = .selection }
            }
        }
    }

    /// Where the values occur in the sentence, to highlight them.
    static func ranges(of values: [String], in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        return values.compactMap { value in
            let pattern = Array(value.unicodeScalars)
            guard !pattern.isEmpty, scalars.count >= pattern.count else { return nil }
            return (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern }
                .map { $0..<($0 + pattern.count) }
        }
    }

    static func symbol(for relation: ClaimRelation) -> String {
        switch relation {
        case .agree: return "="
        case .conflict: return "≠"
        case .related: return "~"
        }
    }

    public static func role(for relation: ClaimRelation) -> StyleRole {
        switch relation {
        case .agree: return .agree
        case .conflict: return .conflict
        case .related: return .dimText
        }
    }
}
