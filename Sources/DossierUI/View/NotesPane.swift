import DossierIndex

/// The notes overlay: every bookmark and note by document, each with its note (or "Bookmark"),
/// where it is, and the sentence; a note whose sentence is gone is marked orphaned.
public struct NotesPane {
    public static let rowsPerNote = 2

    public let notes: NotesState
    public let view: NotesView

    public init(notes: NotesState, view: NotesView) {
        self.notes = notes
        self.view = view
    }

    public static func visibleRows(in layout: ScreenLayout) -> Int {
        max(1, (layout.searchResults.height - 2) / rowsPerNote)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        let placed = notes.placed ?? []
        let footer = view.cursor.position(in: placed.count)
        let unsaved = notes.unsaved.isEmpty ? "" : ", \(notes.unsaved.count) unsaved"
        let inner = Frame(title: "Notes (\(placed.count)\(unsaved))", focused: true, footer: footer).render(into: &buffer, area: area)
        guard inner.width > 4, inner.height > 0 else { return }
        var top = inner.y
        if let problem = notes.problem {
            buffer.write(problem, x: inner.x + 1, y: top, style: Style(.conflict, bold: true), limit: inner.width - 1)
            top += 1
        }
        guard !placed.isEmpty else {
            let empty = notes.placed == nil ? "Reading notes…" : "No notes yet: B in the reader bookmarks the sentence in view, a writes a note on it."
            buffer.write(empty, x: inner.x + 1, y: top, style: .dim, limit: inner.width - 1)
            return
        }
        let visible = max(1, (inner.maxY - top) / Self.rowsPerNote)
        for (row, index) in (view.cursor.top..<min(placed.count, view.cursor.top + visible)).enumerated() {
            let area = Rect(x: inner.x, y: top + row * Self.rowsPerNote, width: inner.width, height: Self.rowsPerNote)
            draw(placed[index], in: area, into: &buffer, selected: index == view.cursor.selected)
        }
    }

    /// What the user should know about where a note stands, if anything.
    static func warning(for placed: PlacedNote, unsaved: Bool) -> String? {
        if unsaved { return " · unsaved: W tries again" }
        if placed.isOrphaned { return " · orphaned: the sentence is gone" }
        if placed.sentenceChanged { return " · moved: its sentence was edited" }
        return nil
    }

    private func draw(_ placed: PlacedNote, in area: Rect, into buffer: inout Buffer, selected: Bool) {
        let note = placed.note
        let head = note.hasText ? "✎ " + note.text : "• Bookmark"
        let used = buffer.write(DisplayWidth.truncate(head, to: area.width - 2), x: area.x + 1, y: area.y,
                                style: Style(note.hasText ? .text : .dimText, bold: note.hasText))
        let date = (placed.sentence?.documentDate ?? placed.document?.date).map { " · \($0)" } ?? ""
        let place = " · \(placed.document?.title ?? note.document) · \(note.document)\(date)"
        let room = area.width - used - 2
        if let warning = Self.warning(for: placed, unsaved: notes.unsaved.contains(note.id)) {
            buffer.write(DisplayWidth.truncate(warning, to: room), x: area.x + 1 + used, y: area.y, style: Style(.conflict, bold: true))
            buffer.write(DisplayWidth.truncate(place, to: room - DisplayWidth.of(warning)), x: area.x + 1 + used + DisplayWidth.of(warning),
                         y: area.y, style: .dim)
        } else {
            buffer.write(DisplayWidth.truncate(place, to: room), x: area.x + 1 + used, y: area.y, style: .dim)
        }
        buffer.write(DisplayWidth.truncate("“\(placed.sentence?.text ?? note.sentence)”", to: area.width - 3), x: area.x + 2, y: area.y + 1, style: .text)
        if selected {
            buffer.restyle(Rect(x: area.x, y: area.y, width: area.width, height: min(Self.rowsPerNote, area.height))) { style in
                if style.role == .text || style.role == .dimText { style.role = .selection }
            }
        }
    }
}
