import DossierIndex

/// The timeline: a bar chart of events per year (or decade) with the selected event's bar marked,
/// then one row per dated event in time order: its date, its document and the sentence with the
/// date highlighted. Rows of one date from different documents are joined by a bar on the left.
public struct TimelinePane {
    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    /// Rows the chart takes in a pane `height` rows high inside its frame: none when the events need them all.
    public static func chartRows(inHeight height: Int) -> Int {
        height >= 4 ? 2 : 0
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let timeline = state.timeline
        let events = timeline.events ?? []
        let position = timeline.cursor.position(in: events.count).map { "\($0) · " } ?? ""
        let inner = Frame(title: "\(Pane.timeline.title) (\(events.count))", focused: state.hasFocus(.timeline),
                          footer: state.indexing.notice(for: .dates) ?? position + timeline.scopeLabel(entityName: state.entities.active?.entity.name))
            .render(into: &buffer, area: area)
        guard inner.width > 10, inner.height > 0 else { return }
        guard !events.isEmpty else {
            buffer.write(emptyMessage, x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
            return
        }
        let chartRows = Self.chartRows(inHeight: inner.height)
        if chartRows > 0 { drawChart(events, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: chartRows), into: &buffer) }
        let rows = Rect(x: inner.x, y: inner.y + chartRows, width: inner.width, height: inner.height - chartRows)
        let cursor = timeline.cursor
        for (row, index) in (cursor.top..<min(events.count, cursor.top + rows.height)).enumerated() {
            draw(events, index, at: rows.y + row, in: rows, into: &buffer, selected: index == cursor.selected)
        }
    }

    var emptyMessage: String {
        let timeline = state.timeline
        if let notice = state.indexing.notice(for: .dates), timeline.events?.isEmpty ?? true { return "Dates appear as documents are dated. \(notice)" }
        if timeline.events == nil { return "Finding dates…" }
        if timeline.onlyActiveEntity, state.entities.active == nil { return "Choose an entity in the sidebar with Enter, or press e for every date." }
        if timeline.onlyOpenDocument || timeline.onlyActiveEntity || timeline.span != nil {
            return "No dates here; d (document), e (entity) and r (span) change what is shown."
        }
        return "No dates found in these documents."
    }

    /// The bars between the marks of events off the axis, then a line with the first and last
    /// bars' years and ▲ under the selected event's bar (or its mark); a year label the marker
    /// would overlap is left out.
    private func drawChart(_ events: [TimelineEvent], in area: Rect, into buffer: inout Buffer) {
        guard let chart = TimelineChart(years: events.map(\.firstYear), width: area.width) else { return }
        let barsX = area.x + DisplayWidth.of(chart.leadingMark)
        buffer.write(chart.leadingMark, x: area.x, y: area.y, style: .dim, limit: area.width)
        buffer.write(chart.bars, x: barsX, y: area.y, style: Style(.date), limit: area.maxX - barsX)
        let barsEnd = barsX + chart.counts.count * chart.barWidth
        buffer.write(chart.trailingMark, x: barsEnd, y: area.y, style: .dim, limit: max(0, area.maxX - barsEnd))
        let last = chart.counts.count - 1
        var labels = [(x: barsX, text: chart.label(ofBar: 0))]
        let lastLabel = chart.label(ofBar: last)
        if last > 0 { labels.append((max(barsX, min(area.maxX, barsX + (last + 1) * chart.barWidth) - DisplayWidth.of(lastLabel)), lastLabel)) }
        var marker: (x: Int, text: String)?
        if let selected = state.timeline.selected {
            let x: Int
            if chart.isOffAxis(selected.firstYear) {
                x = selected.firstYear < chart.firstYear ? area.x : barsEnd + 1
                marker = (max(area.x, min(x, area.maxX - DisplayWidth.of("▲ \(selected.firstYear)"))), "▲ \(selected.firstYear)")
            } else {
                let bar = chart.bar(ofYear: selected.firstYear)
                x = barsX + bar * chart.barWidth
                buffer.restyle(Rect(x: x, y: area.y, width: max(1, chart.barWidth - 1), height: 1)) { $0 = Style(.selection, bold: true) }
                let text = "▲ " + chart.label(ofBar: bar)
                marker = (max(area.x, min(x, area.maxX - DisplayWidth.of(text))), text)
            }
        }
        for label in labels where marker.map({ !Self.overlaps(label, $0) }) ?? true {
            buffer.write(label.text, x: label.x, y: area.y + 1, style: .dim, limit: area.maxX - label.x)
        }
        if let marker { buffer.write(marker.text, x: marker.x, y: area.y + 1, style: Style(.date, bold: true), limit: area.maxX - marker.x) }
    }

    private static func overlaps(_ first: (x: Int, text: String), _ second: (x: Int, text: String)) -> Bool {
        first.x < second.x + DisplayWidth.of(second.text) + 1 && second.x < first.x + DisplayWidth.of(first.text) + 1
    }

    private func draw(_ events: [TimelineEvent], _ index: Int, at y: Int, in area: Rect, into buffer: inout Buffer, selected: Bool) {
        let event = events[index]
        let shared = Self.sharesDateAcrossDocuments(events, index)
        if shared { buffer.write("┃", x: area.x, y: y, style: Style(.date, bold: true)) }
        let dateWidth = 13, documentWidth = max(8, min(24, area.width / 5))
        buffer.write(DisplayWidth.truncate(event.display, to: dateWidth - 1), x: area.x + 1, y: y, style: Style(.date, bold: shared))
        let title = event.sentence.documentTitle.isEmpty ? event.sentence.documentPath : event.sentence.documentTitle
        buffer.write(DisplayWidth.truncate(title, to: documentWidth - 1), x: area.x + 1 + dateWidth, y: y, style: .dim)
        let sentenceX = area.x + 1 + dateWidth + documentWidth, sentenceWidth = area.maxX - sentenceX - 1
        guard sentenceWidth > 4 else { return }
        let snippet = Snippet(event.sentence.text, highlights: [event.rangeInSentence], width: sentenceWidth)
        buffer.write(StyledRun.runs(snippet.text, base: .text, marked: snippet.highlights, markStyle: Style(.date, bold: true)),
                     x: sentenceX, y: y, limit: sentenceWidth)
        if selected {
            buffer.restyle(Rect(x: area.x + 1, y: y, width: area.width - 1, height: 1)) { style in
                if style.role != .date { style.role = .selection }
            }
        }
    }

    /// Whether the event's date is also that of a neighbouring row from another document.
    static func sharesDateAcrossDocuments(_ events: [TimelineEvent], _ index: Int) -> Bool {
        let value = events[index].value
        var lower = index, upper = index
        while lower > 0, events[lower - 1].value == value { lower -= 1 }
        while upper < events.count - 1, events[upper + 1].value == value { upper += 1 }
        return Set(events[lower...upper].map(\.sentence.documentID)).count > 1
    }
}
