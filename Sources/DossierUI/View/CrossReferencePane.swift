import DossierIndex

/// A claim's cross-references over the document list and the reader: the claim's full sentence
/// word-wrapped, then for each linked claim its relation, confidence, document, date and
/// copies, its full sentence, and the aligned slots of the two frames ("subject · measure ·
/// period · value"), each slot's words highlighted in both sentences.
public struct CrossReferencePane {
    /// Rows a reference takes at least: its heading, a line of its sentence, its slots.
    public static let rowsPerReference = 3
    /// Rows the selected reference's slots may take.
    static let alignmentRows = 3
    /// Rows above the list at least: the claim's heading, a line of its sentence, and a rule.
    static let headerRows = 3

    public let state: AppState
    public let panel: CrossReferencePanel

    public init(state: AppState, panel: CrossReferencePanel) {
        self.state = state
        self.panel = panel
    }

    /// How many cross-references a page of the list moves by.
    public static func visibleRows(in layout: ScreenLayout) -> Int {
        max(1, (layout.searchResults.height - 2 - headerRows) / (rowsPerReference + 1))
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        let references = panel.references ?? []
        let footer = (panel.cursor.position(in: references.count) ?? "") + (panel.showsHidden ? " · all" : "")
        let inner = Frame(title: "Cross-references (\(references.count))", focused: true, footer: footer).render(into: &buffer, area: area)
        guard inner.width > 4, inner.height > Self.headerRows else { return }
        guard let selected = panel.selected ?? references.first else {
            let empty = panel.references == nil ? "Finding cross-references…"
                : "This claim has no cross-references\(panel.showsHidden ? "" : " above the confidence floor; h shows all")."
            buffer.write(empty, x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
            return
        }
        var y = drawClaim(selected, in: inner, into: &buffer)
        for index in panel.cursor.top..<references.count {
            guard y < inner.maxY else { break }
            y = draw(references[index], at: y, in: inner, into: &buffer, selected: index == panel.cursor.selected) + 1
        }
    }

    /// The claim with the selected reference's slots marked; returns the first row below its rule.
    private func drawClaim(_ reference: CrossReference, in area: Rect, into buffer: inout Buffer) -> Int {
        let heading = "This claim · \(reference.here.documentPath)" + Self.dated(reference.here) + Self.copies(reference.hereCopies)
            + " · \(reference.here.documentTitle)"
        buffer.write(DisplayWidth.truncate(heading, to: area.width - 1), x: area.x + 1, y: area.y, style: Style(.title, bold: true))
        let sentenceRows = max(1, (area.height - Self.headerRows) / 3)
        var y = writeSentence(reference.here.text, frame: reference.hereFrame, role: Self.role(for: reference.relation), at: area.y + 1,
                              in: area, maxRows: sentenceRows, into: &buffer)
        buffer.write(String(repeating: "─", count: max(0, area.width - 2)), x: area.x + 1, y: y, style: Style(.border))
        y += 1
        return y
    }

    /// One reference; returns the row after it.
    private func draw(_ reference: CrossReference, at top: Int, in area: Rect, into buffer: inout Buffer, selected: Bool) -> Int {
        let role = Self.role(for: reference.relation)
        let label = Self.symbol(for: reference.relation) + " " + reference.relation.rawValue
        buffer.write(label, x: area.x + 1, y: top, style: Style(role, bold: true))
        let used = DisplayWidth.of(label) + 1
        let heading = " · " + Self.percent(reference.score) + " · \(reference.there.documentPath)" + Self.dated(reference.there)
            + Self.copies(reference.thereCopies) + " · \(reference.there.documentTitle)"
        buffer.write(DisplayWidth.truncate(heading, to: area.width - used - 1), x: area.x + used, y: top, style: .dim)
        var y = top + 1
        guard y < area.maxY else { return y }
        // The selected reference shows its sentence whole; the others a line of it.
        y = writeSentence(reference.there.text, frame: reference.thereFrame, role: role, at: y, in: area,
                          maxRows: selected ? area.maxY - y : 1, into: &buffer)
        if let alignment = Self.alignment(reference) {
            for line in TextWrapper.wrap(alignment, width: area.width - 3).prefix(selected ? Self.alignmentRows : 1) where y < area.maxY {
                buffer.write(line.text, x: area.x + 2, y: y, style: Style(role), limit: area.width - 3)
                y += 1
            }
        }
        if selected {
            buffer.restyle(Rect(x: area.x, y: top, width: area.width, height: max(0, min(y, area.maxY) - top))) { style in
                if style.role == .text || style.role == .dimText { style.role = .selection }
            }
        }
        return y
    }

    /// Writes a sentence word-wrapped from row `y`, at most `maxRows` rows, the frame's slots
    /// underlined in `role`; returns the row after it.
    private func writeSentence(_ text: String, frame: ClaimFrame?, role: StyleRole, at top: Int, in area: Rect, maxRows: Int,
                               into buffer: inout Buffer) -> Int {
        let width = area.width - 3
        let lines = TextWrapper.wrap(text, width: width)
        let ranges = (frame?.slots ?? []).map(\.range)
        var y = top
        for (index, line) in lines.enumerated() {
            guard y < area.maxY, index < maxRows else { break }
            var text = line.text
            if index == maxRows - 1, index < lines.count - 1 { text = DisplayWidth.truncate(text + " …", to: width) }
            let shifted = ranges.compactMap { range -> Range<Int>? in
                let lower = max(range.lowerBound, line.range.lowerBound), upper = min(range.upperBound, line.range.upperBound)
                return lower < upper ? (lower - line.range.lowerBound)..<(upper - line.range.lowerBound) : nil
            }
            buffer.write(StyledRun.runs(text, base: .text, marked: shifted, markStyle: Style(role, bold: true, underline: true)),
                         x: area.x + 2, y: y, limit: width)
            y += 1
        }
        return y
    }

    /// "subject TimeWarner = TimeWarner · measure profits = profit · value $5bn ≠ $4.4bn".
    static func alignment(_ reference: CrossReference) -> String? {
        guard let here = reference.hereFrame, let there = reference.thereFrame else {
            return reference.hereValues.isEmpty ? nil : "here: \(reference.hereValues.joined(separator: ", "))   there: \(reference.thereValues.joined(separator: ", "))"
        }
        let mine = Dictionary(here.slots.map { ($0.name, words(of: $0.range, in: reference.here.text)) }, uniquingKeysWith: { first, _ in first })
        let theirs = Dictionary(there.slots.map { ($0.name, words(of: $0.range, in: reference.there.text)) }, uniquingKeysWith: { first, _ in first })
        let parts = ["subject", "measure", "event", "object", "place", "period", "value"].compactMap { name -> String? in
            guard mine[name] != nil || theirs[name] != nil else { return nil }
            let sign = name == "value" && reference.relation == .conflict ? "≠" : name == "period" && reference.relation == .conflict && here.kind == .event ? "≠" : "="
            return "\(name) \(mine[name] ?? "–") \(sign) \(theirs[name] ?? "–")"
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private static func words(of range: Range<Int>, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard range.upperBound <= scalars.count else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    private static func dated(_ reference: SentenceReference) -> String {
        reference.documentDate.map { " · \($0)" } ?? ""
    }

    private static func copies(_ paths: [String]) -> String {
        paths.isEmpty ? "" : " · also in \(paths.count) cop\(paths.count == 1 ? "y" : "ies")"
    }

    /// "confidence 75%".
    static func percent(_ confidence: Double) -> String {
        "confidence \(Int((confidence * 100).rounded()))%"
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
