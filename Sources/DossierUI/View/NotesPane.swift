import DossierIndex

/// The notes overlay: every bookmark and note by document, each shown whole: the note word-wrapped
/// (or "Bookmark"), the document's title, path and date, and the sentence word-wrapped; a note
/// whose sentence is gone is marked orphaned. Deleted notes are counted in the title.
public struct NotesPane {
    /// One row of a note's block, and how it is drawn.
    struct Line: Equatable {
        var runs: [StyledRun]
        var indent: Int

        init(_ text: String, style: Style, indent: Int) {
            self.init(runs: [StyledRun(text, style: style)], indent: indent)
        }

        init(runs: [StyledRun], indent: Int) {
            self.runs = runs
            self.indent = indent
        }
    }

    public let notes: NotesState
    public let view: NotesView

    public init(notes: NotesState, view: NotesView) {
        self.notes = notes
        self.view = view
    }

    /// About how many notes a page holds, for paging; a note takes three rows or more and a gap.
    public static func visibleRows(in layout: ScreenLayout) -> Int {
        max(1, (layout.searchResults.height - 2) / 4)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        let listed = notes.listed
        let footer = view.cursor.position(in: listed.count)
        let inner = Frame(title: title(count: listed.count), focused: true, footer: footer).render(into: &buffer, area: area)
        guard inner.width > 6, inner.height > 0 else { return }
        var y = inner.y
        if let problem = notes.problem {
            for line in TextWrapper.wrap(problem, width: inner.width - 2).prefix(2) {
                buffer.write(line.text, x: inner.x + 1, y: y, style: Style(.conflict, bold: true), limit: inner.width - 1)
                y += 1
            }
        }
        guard !listed.isEmpty else {
            let empty = notes.placed == nil ? "Reading notes…" : "No notes yet: B in the reader bookmarks the sentence in view, a writes a note on it."
            buffer.write(empty, x: inner.x + 1, y: y, style: .dim, limit: inner.width - 1)
            return
        }
        let blocks = listed.map { block(for: $0, width: inner.width) }
        let room = inner.maxY - y
        for index in Self.firstShown(heights: blocks.map { $0.count + 1 }, top: view.cursor.top, selected: view.cursor.selected, room: room)..<listed.count {
            guard y < inner.maxY else { break }
            let rows = Rect(x: inner.x, y: y, width: inner.width, height: min(blocks[index].count, inner.maxY - y))
            for (row, line) in blocks[index].prefix(rows.height).enumerated() {
                buffer.write(line.runs, x: inner.x + line.indent, y: y + row, limit: inner.width - line.indent - 1)
            }
            if index == view.cursor.selected {
                buffer.restyle(rows) { style in
                    if style.role == .text || style.role == .dimText { style.role = .selection }
                }
            }
            y += blocks[index].count + 1
        }
    }

    /// "Notes (5, 1 unsaved) · 2 deleted: u restores, X empties".
    func title(count: Int) -> String {
        let unsaved = notes.unsaved.isEmpty ? "" : ", \(notes.unsaved.count) unsaved"
        let deleted = notes.deleted.count
        return "Notes (\(count)\(unsaved))" + (deleted == 0 ? "" : " · \(deleted) deleted: u restores, X empties")
    }

    /// The first note to draw: the list's top, moved down as far as it takes for the selected
    /// note to fit whole below it, when it can.
    static func firstShown(heights: [Int], top: Int, selected: Int, room: Int) -> Int {
        var first = min(top, selected)
        while first < selected, heights[first...selected].reduce(0, +) - 1 > room { first += 1 }
        return first
    }

    /// What the user should know about where a note stands, if anything.
    static func warning(for placed: PlacedNote, unsaved: Bool) -> String? {
        if unsaved { return " · unsaved: W tries again" }
        if placed.isOrphaned { return " · orphaned: the sentence is gone" }
        if placed.sentenceChanged { return " · moved: its sentence was edited" }
        return nil
    }

    /// A note's rows: its text (or "Bookmark") and what to know about it, where it is, and its
    /// sentence, each wrapped whole.
    func block(for placed: PlacedNote, width: Int) -> [Line] {
        let note = placed.note
        let head = note.hasText ? "✎ " + note.text : "• Bookmark"
        let warning = Self.warning(for: placed, unsaved: notes.unsaved.contains(note.id)) ?? ""
        let warned = head.unicodeScalars.count..<(head + warning).unicodeScalars.count
        var lines = TextWrapper.wrap(head + warning, width: width - 2).map { line in
            Line(runs: StyledRun.runs(line.text, base: note.hasText ? Style(.text, bold: true) : .dim,
                                      marked: ReaderPane.clip([warned], to: line.range), markStyle: Style(.conflict, bold: true)), indent: 1)
        }
        let date = placed.sentence?.documentDate ?? placed.document?.date
        let place = [placed.document?.title ?? note.document, note.document, date].compactMap { $0 }.joined(separator: " · ")
        lines += TextWrapper.wrap(place, width: width - 4).map { Line($0.text, style: .dim, indent: 3) }
        lines += TextWrapper.wrap("“\(placed.sentence?.text ?? note.sentence)”", width: width - 4).map { Line($0.text, style: .text, indent: 3) }
        return lines
    }
}
