import DossierIndex

extension Reducer {
    // MARK: The mouse

    /// The wheel scrolls what is under the pointer, a click focuses a pane and selects the row
    /// under it, a double-click opens that row; an open overlay or search takes the mouse first.
    static func handleMouse(_ event: MouseEvent, on state: inout AppState) -> [Effect] {
        guard !state.layout.isTooSmall else { return [] }
        if state.overlay != nil { return mouseInOverlay(event, on: &state) }
        if state.search.isPromptOpen { return mouseInSearchResults(event, on: &state) }
        guard !state.isTyping, state.confirmation == nil, let pane = Pane.allCases.first(where: { state.layout.rect(for: $0).contains(x: event.x, y: event.y) }) else { return [] }
        state.focus = pane
        switch event.kind {
        case .wheelUp, .wheelDown:
            scroll(by: event, on: &state)
            return []
        case .click, .doubleClick:
            return clickInPane(pane, event, on: &state)
        }
    }

    /// One notch of the wheel moves whatever has the keys by a few rows, as the arrow keys would.
    private static func scroll(by wheel: MouseEvent, on state: inout AppState) {
        for _ in 0..<MouseEvent.wheelLines { move(wheel.kind == .wheelDown ? .cursorDown : .cursorUp, on: &state) }
    }

    private static func clickInPane(_ pane: Pane, _ event: MouseEvent, on state: inout AppState) -> [Effect] {
        let layout = state.layout, opens = event.kind == .doubleClick
        switch pane {
        case .documents:
            guard let index = event.item(firstRow: layout.documents.y + 1, rowsPerItem: DocumentListPane.rowsPerDocument, top: state.documentCursor.top,
                                         count: state.visibleDocuments.count, visibleItems: layout.visibleDocuments) else { return [] }
            state.documentCursor.select(index, count: state.visibleDocuments.count, visible: layout.visibleDocuments)
            return opens ? perform(.openDocument, on: &state) : []
        case .reader:
            return clickInReader(event, on: &state)
        case .entities:
            guard let index = event.item(firstRow: layout.entities.y + 1, rowsPerItem: 1, top: state.entities.cursor.top,
                                         count: state.entities.rows.count, visibleItems: layout.visibleEntities),
                  state.entities.rows[index].entity != nil else { return [] }
            state.entities.cursor.select(index, count: state.entities.rows.count, visible: layout.visibleEntities)
            return opens ? perform(.chooseEntity, on: &state) : []
        case .timeline:
            let inner = layout.timeline.height - 2
            let count = state.timeline.events?.count ?? 0
            guard let index = event.item(firstRow: layout.timeline.y + 1 + TimelinePane.chartRows(inHeight: inner), rowsPerItem: 1,
                                         top: state.timeline.cursor.top, count: count, visibleItems: layout.visibleTimelineEvents) else { return [] }
            state.timeline.cursor.select(index, count: count, visible: layout.visibleTimelineEvents)
            return opens ? perform(.openSelected, on: &state) : []
        }
    }

    /// A click on a claim's gutter marker opens its cross-references.
    private static func clickInReader(_ event: MouseEvent, on state: inout AppState) -> [Effect] {
        let text = state.layout.readerText
        guard event.x < text.x, event.x >= text.x - ScreenLayout.gutterWidth, event.y >= text.y, event.y < text.maxY,
              let (ordinal, _) = ReaderPane(state: state).markersByLine()[state.reader.top + event.y - text.y] else { return [] }
        state.claims.current = ordinal
        return perform(.openCrossReferences, on: &state)
    }

    /// Inside an overlay the wheel and clicks work its list; a click outside closes it.
    private static func mouseInOverlay(_ event: MouseEvent, on state: inout AppState) -> [Effect] {
        let area = state.overlay.map { if case .help = $0 { HelpOverlay.area(on: state.screen) } else { state.layout.searchResults } }
        guard let area, area.contains(x: event.x, y: event.y) else {
            if event.kind == .click { state.overlay = nil }
            return []
        }
        switch (event.kind, state.overlay) {
        case (.wheelUp, _), (.wheelDown, _):
            scroll(by: event, on: &state)
        case (_, .crossReferences(var panel)?):
            let count = panel.references?.count ?? 0, visible = CrossReferencePane.visibleRows(in: state.layout)
            guard let index = event.item(firstRow: area.y + 1 + CrossReferencePane.headerRows, rowsPerItem: CrossReferencePane.rowsPerReference,
                                         top: panel.cursor.top, count: count, visibleItems: visible) else { return [] }
            panel.cursor.select(index, count: count, visible: visible)
            state.overlay = .crossReferences(panel)
            if event.kind == .doubleClick { return perform(.openSelected, on: &state) }
        case (_, .claims(var view)?):
            let count = view.claims?.count ?? 0, visible = ClaimsPane.visibleRows(in: state.layout)
            guard let index = event.item(firstRow: area.y + 1, rowsPerItem: ClaimsPane.rowsPerClaim, top: view.cursor.top, count: count,
                                         visibleItems: visible) else { return [] }
            view.cursor.select(index, count: count, visible: visible)
            state.overlay = .claims(view)
            if event.kind == .doubleClick { return perform(.openSelected, on: &state) }
        default:
            break
        }
        return []
    }

    /// While searching, the wheel and clicks pick a result and a double-click opens it.
    private static func mouseInSearchResults(_ event: MouseEvent, on state: inout AppState) -> [Effect] {
        let layout = state.layout, rows = state.search.rows, visible = visibleResults(state)
        switch event.kind {
        case .wheelUp, .wheelDown:
            state.search.moveSelection(by: event.kind == .wheelDown ? MouseEvent.wheelLines : -MouseEvent.wheelLines, visible: visible)
            return []
        case .click, .doubleClick:
            guard layout.searchResults.contains(x: event.x, y: event.y),
                  let index = event.item(firstRow: layout.searchResults.y + 2, rowsPerItem: state.search.isGrouped ? 1 : SearchResultsPane.rowsPerResult,
                                         top: state.search.cursor.top, count: rows.count, visibleItems: visible),
                  rows[index].hitIndex != nil else { return [] }
            state.search.cursor.select(index, count: rows.count, visible: visible)
            return event.kind == .doubleClick ? perform(.acceptPrompt, on: &state) : []
        }
    }
}
