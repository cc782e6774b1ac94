extension Reducer {
    // MARK: Zoom and pane sizes

    /// `z` maximizes the focused pane or shows them all again; `<` and `>` narrow or widen it, and
    /// the new sizes are kept for this terminal size.
    static func performLayout(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .toggleZoom:
            state.panes.isZoomed.toggle()
            state.message = StatusMessage(state.panes.isZoomed ? "\(state.focus.title) maximized; z shows every pane" : "Every pane shown")
            return []
        case .narrowPane, .widenPane:
            let wider = command == .widenPane, pane = state.focus
            guard !state.panes.isZoomed else {
                state.message = StatusMessage("\(pane.title) is maximized; z shows every pane again to size them")
                return []
            }
            guard state.panes.resize(pane, wider: wider, on: state.screen) else {
                let limit = pane == .timeline ? (wider ? "taller" : "lower") : (wider ? "wider" : "narrower")
                state.message = StatusMessage("The \(pane.title.lowercased()) cannot be made any \(limit) at this size")
                return []
            }
            let sizes = state.panes.sizes(for: state.screen, focus: pane), layout = state.layout
            let measure = pane == .timeline ? "\(sizes.timeline) rows" : "\(layout.rect(for: pane).width) columns"
            state.message = StatusMessage("\(pane.title): \(measure), kept for \(state.screen.width)×\(state.screen.height)")
            return [.savePaneSizes(sizes, key: PaneLayout.key(for: state.screen, focus: pane))]
        default:
            return []
        }
    }
}
