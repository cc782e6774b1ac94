/// The prompt on the last line: its label (`/` for a search), the text with its cursor, and a
/// live count or the keys that end it.
public struct PromptLine {
    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: Style(.prompt))
        if let confirmation = state.confirmation { return render(confirmation, into: &buffer, area: area) }
        let editor = state.typingEditor
        // Completions can be long; the text being typed keeps at least half the line.
        let tally = DisplayWidth.truncate(self.tally, to: max(10, area.width / 2))
        let room = max(1, area.width - DisplayWidth.of(tally) - 3)
        // Keep the cursor in view: show the end of a text too long for the line.
        let before = String(editor.characters[..<editor.cursor]), after = String(editor.characters[editor.cursor...])
        var shown = label + before
        while DisplayWidth.of(shown) > room - 1, !shown.isEmpty { shown.removeFirst() }
        let used = buffer.write(shown, x: area.x, y: area.y, style: Style(.prompt))
        let cursor = after.first.map(String.init) ?? " "
        buffer.write(cursor, x: area.x + used, y: area.y, style: Style(.selection))
        buffer.write(String(after.dropFirst()), x: area.x + used + DisplayWidth.of(cursor), y: area.y, style: Style(.prompt),
                     limit: max(0, room - used - DisplayWidth.of(cursor)))
        buffer.write(tally, x: area.maxX - DisplayWidth.of(tally) - 1, y: area.y, style: Style(.prompt))
    }

    /// A yes/no question, and the keys that answer it.
    private func render(_ confirmation: Confirmation, into buffer: inout Buffer, area: Rect) {
        let keys = "y yes  n \(confirmation.noLabel)  Esc cancel"
        let used = buffer.write(confirmation.question + " ", x: area.x, y: area.y, style: Style(.prompt, bold: true),
                                limit: area.width - DisplayWidth.of(keys) - 2)
        buffer.write(" ", x: area.x + used, y: area.y, style: Style(.selection))
        buffer.write(keys, x: max(area.x + used + 2, area.maxX - DisplayWidth.of(keys) - 1), y: area.y, style: Style(.prompt))
    }

    /// What the line asks for.
    var label: String {
        if state.notes.rescue != nil {
            let count = state.notes.unsaved.count
            return "\(count) note\(count == 1 ? " is" : "s are") not saved; write \(count == 1 ? "it" : "them") to: "
        }
        if state.commandLine.isOpen { return ":" }
        if let edit = state.notes.edit { return edit.label }
        if state.timeline.isEditingSpan { return "Dates (2018..2022, 2023-10.., ..2019; empty for all): " }
        if let edit = state.dateEdit { return edit.label }
        if let edit = state.entities.edit { return edit.label }
        return state.entities.isFiltering ? "Filter entities: " : "/"
    }

    var tally: String {
        if state.notes.rescue != nil { return "Enter write and quit  Esc back" }
        if state.commandLine.isOpen {
            let completions = state.commandLine.completions
            // Candidates are shown without the command's name: the document titles and theme names.
            let argument = { (candidate: String) in candidate.split(separator: " ", maxSplits: 1).last.map(String.init) ?? candidate }
            if let hint = completions.hint(showing: argument) { return hint }
            guard completions.candidates.count > 1 else { return "Tab complete  Enter run  Esc cancel" }
            let shown = completions.candidates.prefix(6).map(argument)
            return "\(completions.candidates.count): " + shown.joined(separator: "  ") + (completions.candidates.count > 6 ? " …" : "")
        }
        if let edit = state.entities.edit, edit.kind == .merge {
            return edit.completions.hint() ?? "Tab names  Enter save  Esc cancel"
        }
        if state.entities.edit != nil || state.timeline.isEditingSpan || state.notes.edit != nil || state.dateEdit != nil { return "Enter \(state.timeline.isEditingSpan ? "apply" : "save")  Esc cancel" }
        if state.entities.isFiltering { return "\(state.entities.rows.count { $0.entity != nil }) shown  Enter keep  Esc clear" }
        guard let results = state.search.results, !state.search.editor.isEmpty else { return "Enter open  Esc close" }
        let count = results.isTotalCapped ? "\(results.totalHits)+" : "\(results.totalHits)"
        return "\(count) hits · \(results.documentCount) docs  Enter open  Esc close"
    }
}
