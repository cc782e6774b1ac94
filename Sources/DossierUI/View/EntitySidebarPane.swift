import DossierIndex

/// The entity sidebar: the open document's (or the corpus's) entities grouped by type, each with
/// its mention count, the chosen entity marked.
public struct EntitySidebarPane {
    public let state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let entities = state.entities
        let count = entities.rows.count { $0.entity != nil }
        let inner = Frame(title: "\(Pane.entities.title) (\(count))", focused: state.hasFocus(.entities), footer: footer)
            .render(into: &buffer, area: area)
        guard inner.width > 2, inner.height > 0 else { return }
        guard !entities.rows.isEmpty else {
            for (row, line) in TextWrapper.wrap(emptyMessage, width: inner.width - 1).prefix(inner.height).enumerated() {
                buffer.write(line.text, x: inner.x + 1, y: inner.y + row, style: .dim, limit: inner.width - 1)
            }
            return
        }
        let cursor = entities.cursor
        for (row, index) in (cursor.top..<min(entities.rows.count, cursor.top + inner.height)).enumerated() {
            draw(entities.rows[index], at: inner.y + row, in: inner, into: &buffer, selected: index == cursor.selected)
        }
    }

    /// What the list covers, and the filter in force; while the entities phase runs, how far it is.
    var footer: String {
        if let notice = state.indexing.notice(for: .entities) { return notice }
        let scope = state.entities.listedFor == .corpus ? "corpus" : "document"
        let filter = state.entities.filter.text
        return filter.isEmpty ? scope : "/\(DisplayWidth.truncate(filter, to: 10)) · \(scope)"
    }

    var emptyMessage: String {
        if !state.entities.filter.isEmpty { return "No entity matches “\(state.entities.filter.text)”." }
        if let notice = state.indexing.notice(for: .entities) { return "Entities appear when every document is read for names. \(notice)" }
        if state.entities.listedFor == nil { return "Finding entities…" }
        return state.entities.listedFor == .corpus ? "No entities found in this corpus." : "No entities found in this document; * lists the corpus."
    }

    private func draw(_ row: EntityRow, at y: Int, in area: Rect, into buffer: inout Buffer, selected: Bool) {
        switch row {
        case let .heading(type, count):
            buffer.write("\(Self.heading(for: type)) \(count)", x: area.x, y: y, style: Style(Self.role(for: type), bold: true), limit: area.width)
        case .entity(let entity):
            let isActive = state.entities.active?.entity.id == entity.id
            let count = "\(entity.mentions)"
            let nameWidth = max(1, area.width - DisplayWidth.of(count) - 3)
            buffer.write(isActive ? "▸" : " ", x: area.x, y: y, style: Style(.title))
            buffer.write(DisplayWidth.truncate(entity.name, to: nameWidth), x: area.x + 1, y: y, style: Style(.text, bold: isActive))
            buffer.write(count, x: area.maxX - DisplayWidth.of(count) - 1, y: y, style: .dim)
            if selected { buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.role = .selection } }
        }
    }

    static func heading(for type: EntityType) -> String {
        switch type {
        case .person: return "People"
        case .organization: return "Organizations"
        case .place: return "Places"
        case .other: return "Other"
        }
    }

    /// The theme role that colours an entity type.
    public static func role(for type: EntityType) -> StyleRole {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        case .other: return .other
        }
    }
}
