import DossierIndex
import Foundation

/// Live search results: a summary line, then for each matching sentence its document and the
/// sentence cut around its first hit, best first.
public struct SearchResultsPane {
    public static let rowsPerResult = 2

    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        let search = state.search
        // While the text phase runs, the results cover only the documents indexed so far, and say so.
        let footer = state.indexing.notice(for: .text) ?? search.results.flatMap { search.cursor.position(in: $0.hits.count) }
        let inner = Frame(title: "Search", focused: true, footer: footer).render(into: &buffer, area: area)
        guard inner.width > 2, inner.height > 0 else { return }
        buffer.write(summary, x: inner.x + 1, y: inner.y, style: Style(.title, bold: true), limit: inner.width - 1)
        guard let results = search.results, !results.hits.isEmpty else { return }
        let firstRow = inner.y + 1
        let visible = max(1, (inner.height - 1) / Self.rowsPerResult)
        let highlighter = QueryHighlighter(query: results.query)
        for (row, index) in (search.cursor.top..<min(results.hits.count, search.cursor.top + visible)).enumerated() {
            draw(results.hits[index], highlighter: highlighter, counts: results.hitsPerDocument, at: firstRow + row * Self.rowsPerResult,
                 in: inner, into: &buffer, selected: index == search.cursor.selected)
        }
    }

    /// "12 matching sentences in 4 documents", a hint, or the first note about the query.
    var summary: String {
        let search = state.search
        guard !search.editor.isEmpty else { return "Type to search: words, \"a phrase\", prefix*, -exclude, a OR b, doc:NAME" }
        guard let results = search.results else { return "Searching…" }
        if let note = results.notes.first, results.hits.isEmpty { return note }
        let count = results.isTotalCapped ? "\(results.totalHits.formatted())+" : results.totalHits.formatted()
        let summary = "\(count) matching sentence\(results.totalHits == 1 ? "" : "s") in \(results.documentCount) document\(results.documentCount == 1 ? "" : "s")"
        return results.notes.first.map { "\(summary) · \($0)" } ?? summary
    }

    private func draw(_ hit: SearchHit, highlighter: QueryHighlighter, counts: [Int64: Int], at y: Int, in area: Rect,
                      into buffer: inout Buffer, selected: Bool) {
        let inDocument = counts[hit.documentID] ?? 1
        let tally = "\(inDocument) hit\(inDocument == 1 ? "" : "s") here"
        let titleWidth = area.width - 2 - DisplayWidth.of(tally) - 2
        buffer.write(DisplayWidth.truncate("\(hit.documentTitle) · \(hit.documentPath)", to: titleWidth), x: area.x + 1, y: y, style: .dim)
        buffer.write(tally, x: area.maxX - 1 - DisplayWidth.of(tally), y: y, style: .dim)
        let snippet = Snippet(hit.text, highlights: hit.highlights(using: highlighter), width: area.width - 3)
        let runs = StyledRun.runs(snippet.text, base: .text, marked: snippet.highlights, markStyle: Style(.searchHit))
        buffer.write(runs, x: area.x + 2, y: y + 1, limit: area.width - 3)
        if selected {
            buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: min(Self.rowsPerResult, area.maxY - y))) { style in
                if style.role != .searchHit { style.role = .selection }
            }
        }
    }
}
