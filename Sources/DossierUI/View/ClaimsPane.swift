import DossierIndex

/// The claims view: every claim with cross-references, those in conflict first, then those most
/// documents agree on, each with its tally and the sentence.
public struct ClaimsPane {
    public static let rowsPerClaim = 2

    public let view: ClaimsView

    public init(view: ClaimsView) {
        self.view = view
    }

    public static func visibleRows(in layout: ScreenLayout) -> Int {
        max(1, (layout.searchResults.height - 2) / rowsPerClaim)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        let claims = view.claims ?? []
        let footer = view.cursor.position(in: claims.count)
        var title = "Claims (\(claims.count)) · \(view.order == .contested ? "most contested" : "most corroborated")"
        if let entity = view.entity { title += " · naming \(entity.name)" }
        if let span = view.span { title += " · \(span.label)" }
        let inner = Frame(title: title, focused: true, footer: footer).render(into: &buffer, area: area)
        guard inner.width > 4, inner.height > 0 else { return }
        guard !claims.isEmpty else {
            buffer.write(view.claims == nil ? "Finding claims…" : "No claims are linked across documents.", x: inner.x + 1, y: inner.y,
                         style: .dim, limit: inner.width - 1)
            return
        }
        let visible = max(1, inner.height / Self.rowsPerClaim)
        for (row, index) in (view.cursor.top..<min(claims.count, view.cursor.top + visible)).enumerated() {
            draw(claims[index], at: inner.y + row * Self.rowsPerClaim, in: inner, into: &buffer, selected: index == view.cursor.selected)
        }
    }

    private func draw(_ claim: ClaimOverview, at y: Int, in area: Rect, into buffer: inout Buffer, selected: Bool) {
        let tally = Self.tally(of: claim)
        let role: StyleRole = claim.conflicts > 0 ? .conflict : claim.corroboration > 1 ? .agree : .dimText
        buffer.write(tally, x: area.x + 1, y: y, style: Style(role, bold: true))
        let used = DisplayWidth.of(tally) + 1
        buffer.write(DisplayWidth.truncate(" · \(claim.claim.documentTitle) · \(claim.claim.documentPath)", to: area.width - used - 1),
                     x: area.x + used, y: y, style: .dim)
        buffer.write(DisplayWidth.truncate(claim.claim.text, to: area.width - 3), x: area.x + 2, y: y + 1, style: .text)
        if selected {
            buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: min(Self.rowsPerClaim, area.maxY - y))) { style in
                if style.role == .text || style.role == .dimText { style.role = .selection }
            }
        }
    }

    /// "≠ 1 conflict · 3 documents agree".
    static func tally(of claim: ClaimOverview) -> String {
        var parts: [String] = []
        if claim.conflicts > 0 { parts.append("≠ \(claim.conflicts) conflict\(claim.conflicts == 1 ? "" : "s")") }
        if claim.corroboration > 1 { parts.append("= \(claim.corroboration) documents agree") }
        if claim.related > 0 { parts.append("~ \(claim.related) related") }
        return parts.joined(separator: " · ")
    }
}
