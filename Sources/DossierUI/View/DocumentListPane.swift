import DossierIndex
import Foundation

/// The list of documents: each with its title, then its date and length on a dimmer second row.
public struct DocumentListPane {
    public static let rowsPerDocument = 2

    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let documents = state.visibleDocuments
        let cursor = state.documentCursor
        let footer = cursor.position(in: documents.count)
        let inner = Frame(title: title(count: documents.count), focused: state.hasFocus(.documents), footer: footer)
            .render(into: &buffer, area: area)
        guard !documents.isEmpty else {
            buffer.write(state.documentFilter == nil ? "No documents." : "No document matches; :filter alone shows them all.", x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
            return
        }
        let visible = max(1, inner.height / Self.rowsPerDocument)
        for (row, index) in (cursor.top..<min(documents.count, cursor.top + visible)).enumerated() {
            let y = inner.y + row * Self.rowsPerDocument
            draw(documents[index], at: y, in: inner, into: &buffer, selected: index == cursor.selected)
        }
    }

    /// "Documents (5)", "Ebrahim Raisi in 3 of 5" while the list follows an entity, or
    /// ":sanctions 2 of 5" while `:filter` narrows it.
    func title(count: Int) -> String {
        if let active = state.entities.active { return "\(active.entity.name) in \(count) of \(state.documents.count)" }
        if let filter = state.documentFilter { return ":\(filter.query.text) \(count) of \(state.documents.count)" }
        return "\(Pane.documents.title) (\(count))"
    }

    private func draw(_ document: DocumentSummary, at y: Int, in area: Rect, into buffer: inout Buffer, selected: Bool) {
        let isOpen = state.reader.document?.summary.id == document.id
        let marker = isOpen ? "▸" : " "
        buffer.write(marker, x: area.x, y: y, style: Style(.title))
        buffer.write(DisplayWidth.truncate(document.title, to: area.width - 1), x: area.x + 1, y: y, style: Style(.text, bold: isOpen))
        var details = Self.details(of: document)
        if let count = state.entities.active?.mentionCounts[document.id] { details = "\(count) mention\(count == 1 ? "" : "s") · " + details }
        buffer.write(DisplayWidth.truncate(details, to: area.width - 1), x: area.x + 1, y: y + 1, style: .dim)
        if selected {
            buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: min(Self.rowsPerDocument, area.maxY - y))) { $0.role = .selection }
        }
    }

    /// "2024-01-24 · 2,643 words", with a `~` before a date that was inferred from the text, or
    /// the file's path while it is not indexed yet.
    static func details(of document: DocumentSummary) -> String {
        guard document.id >= 0 else { return "not indexed yet · \(document.path)" }
        let words = "\(document.wordCount.formatted()) words"
        guard let date = document.date else { return words }
        return "\(document.dateInferred ? "~" : "")\(date) · \(words)"
    }
}
