import DossierIndex
import Foundation

/// Live search results: a summary line; the hits best first (each its document, then the sentence
/// cut around its first hit) or grouped under their documents (a hit a row); and under the list a
/// preview of the selected hit's whole sentence.
public struct SearchResultsPane {
    /// Rows a hit takes in the flat list; grouped, it takes one.
    public static let rowsPerResult = 2
    /// The preview shows at most this many lines of the sentence, and a quarter of the pane at most.
    static let maximumPreviewLines = 6

    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    /// Lines of sentence the preview shows inside a pane whose inside is `height` rows high.
    static func previewLines(inHeight height: Int) -> Int {
        min(maximumPreviewLines, max(1, (height - 1) / 4))
    }

    /// Rows of list between the summary line and the preview's rule.
    static func listHeight(inHeight height: Int) -> Int {
        max(1, height - 1 - 1 - previewLines(inHeight: height))
    }

    /// How many results (flat) or rows (grouped) the list shows at once.
    public static func visibleItems(in layout: ScreenLayout, grouped: Bool) -> Int {
        max(1, listHeight(inHeight: layout.searchResults.height - 2) / (grouped ? 1 : rowsPerResult))
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        let search = state.search, rows = search.rows
        let hitCount = search.results?.hits.count ?? 0
        // While the text phase runs, the results cover only the documents indexed so far, and say so;
        // otherwise which hit is selected, counted in the order shown.
        let footer = state.indexing.notice(for: .text)
            ?? (rows.indices.contains(search.cursor.selected) && rows[search.cursor.selected].hitIndex != nil
                ? "\(rows[...search.cursor.selected].count { $0.hitIndex != nil })/\(hitCount)" : nil)
        let title = search.isGrouped ? "Search · by document (Tab: flat)" : "Search (Tab: by document)"
        let inner = Frame(title: title, focused: true, footer: footer).render(into: &buffer, area: area)
        guard inner.width > 2, inner.height > 0 else { return }
        buffer.write(summary, x: inner.x + 1, y: inner.y, style: Style(.title, bold: true), limit: inner.width - 1)
        guard let results = search.results, !results.hits.isEmpty else { return }
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: Self.listHeight(inHeight: inner.height))
        let highlighter = QueryHighlighter(query: results.query)
        let rowHeight = search.isGrouped ? 1 : Self.rowsPerResult
        for (row, index) in (search.cursor.top..<min(rows.count, search.cursor.top + list.height / rowHeight)).enumerated() {
            let y = list.y + row * rowHeight, selected = index == search.cursor.selected
            switch rows[index] {
            case let .document(title, path, hits): drawHeading(title: title, path: path, hits: hits, at: y, in: list, into: &buffer)
            case .hit(let hit) where search.isGrouped:
                drawLine(results.hits[hit], highlighter: highlighter, at: y, in: list, into: &buffer, selected: selected)
            case .hit(let hit):
                draw(results.hits[hit], highlighter: highlighter, counts: results.hitsPerDocument, at: y, in: list, into: &buffer, selected: selected)
            }
        }
        if let hit = search.selectedHit {
            drawPreview(of: hit, highlighter: highlighter, in: Rect(x: inner.x, y: list.maxY, width: inner.width, height: inner.maxY - list.maxY),
                        into: &buffer)
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

    /// A flat result: its document and tally, then the sentence cut around its first hit.
    private func draw(_ hit: SearchHit, highlighter: QueryHighlighter, counts: [Int64: Int], at y: Int, in area: Rect,
                      into buffer: inout Buffer, selected: Bool) {
        let inDocument = counts[hit.documentID] ?? 1
        let tally = "\(inDocument) hit\(inDocument == 1 ? "" : "s") here"
        let titleWidth = area.width - 2 - DisplayWidth.of(tally) - 2
        buffer.write(DisplayWidth.truncate("\(hit.documentTitle) · \(hit.documentPath)", to: titleWidth), x: area.x + 1, y: y, style: .dim)
        buffer.write(tally, x: area.maxX - 1 - DisplayWidth.of(tally), y: y, style: .dim)
        drawLine(hit, highlighter: highlighter, at: y + 1, in: area, into: &buffer, selected: false)
        if selected { Self.select(Rect(x: area.x, y: y, width: area.width, height: min(Self.rowsPerResult, area.maxY - y)), in: &buffer) }
    }

    /// A document's heading in grouped mode: its title and path, and its count of hits.
    private func drawHeading(title: String, path: String, hits: Int, at y: Int, in area: Rect, into buffer: inout Buffer) {
        let tally = "\(hits) hit\(hits == 1 ? "" : "s")"
        let used = buffer.write(DisplayWidth.truncate(title, to: area.width - DisplayWidth.of(tally) - 4), x: area.x + 1, y: y,
                                style: Style(.title, bold: true))
        buffer.write(DisplayWidth.truncate(" · \(path)", to: area.width - used - DisplayWidth.of(tally) - 4), x: area.x + 1 + used, y: y, style: .dim)
        buffer.write(tally, x: area.maxX - 1 - DisplayWidth.of(tally), y: y, style: Style(.title, bold: true))
    }

    /// The sentence on one row, cut around its first hit.
    private func drawLine(_ hit: SearchHit, highlighter: QueryHighlighter, at y: Int, in area: Rect, into buffer: inout Buffer, selected: Bool) {
        let snippet = Snippet(hit.text, highlights: hit.highlights(using: highlighter), width: area.width - 3)
        let runs = StyledRun.runs(snippet.text, base: .text, marked: snippet.highlights, markStyle: Style(.searchHit))
        buffer.write(runs, x: area.x + 2, y: y, limit: area.width - 3)
        if selected { Self.select(Rect(x: area.x, y: y, width: area.width, height: 1), in: &buffer) }
    }

    /// A rule naming the hit's document, then its whole sentence word-wrapped, the matched words
    /// marked; a sentence longer than the preview ends in "…".
    private func drawPreview(of hit: SearchHit, highlighter: QueryHighlighter, in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width > 6 else { return }
        let label = DisplayWidth.truncate(" \(hit.documentTitle) · \(hit.documentPath) ", to: area.width - 4)
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: Style(.border))
        buffer.write(label, x: area.x + 2, y: area.y, style: .dim)
        let highlights = hit.highlights(using: highlighter)
        var lines = TextWrapper.wrap(hit.text, width: area.width - 3)
        let room = area.height - 1
        if lines.count > room {
            lines = Array(lines.prefix(room))
            let last = lines[room - 1]
            lines[room - 1] = WrappedLine(text: DisplayWidth.truncate(last.text + " …", to: area.width - 3), range: last.range)
        }
        for (row, line) in lines.enumerated() {
            let runs = StyledRun.runs(line.text, base: .text, marked: ReaderPane.clip(highlights, to: line.range), markStyle: Style(.searchHit))
            buffer.write(runs, x: area.x + 2, y: area.y + 1 + row, limit: area.width - 3)
        }
    }

    private static func select(_ rect: Rect, in buffer: inout Buffer) {
        buffer.restyle(rect) { style in
            if style.role != .searchHit { style.role = .selection }
        }
    }
}
