/// Draws the whole explorer for a state into a fresh buffer.
public enum Screen {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(size: state.screen)
        let layout = state.layout
        guard !layout.isTooSmall else {
            var showingHelp = false
            if case .help? = state.overlay { showingHelp = true }
            renderTooSmall(into: &buffer, keymap: state.keymap, showingHelp: showingHelp)
            return buffer
        }
        for pane in Pane.allCases where layout.shows(pane) && !(state.search.isPromptOpen && layout.isUnderSearchResults(pane)) {
            render(pane, of: state, in: layout, into: &buffer)
        }
        if state.search.isPromptOpen { SearchResultsPane(state: state).render(into: &buffer, area: layout.searchResults) }
        if state.isTyping || state.confirmation != nil {
            PromptLine(state: state).render(into: &buffer, area: layout.statusBar)
        } else {
            StatusBar(state: state).render(into: &buffer, area: layout.statusBar)
        }
        switch state.overlay {
        case .help(let top)?: HelpOverlay(keymap: state.keymap, top: top).render(into: &buffer, screen: state.screen)
        case .crossReferences(let panel)?: CrossReferencePane(state: state, panel: panel).render(into: &buffer, area: layout.searchResults)
        case .claims(let view)?: ClaimsPane(view: view).render(into: &buffer, area: layout.searchResults)
        case .notes(let view)?: NotesPane(notes: state.notes, view: view).render(into: &buffer, area: layout.searchResults)
        case nil: break
        }
        return buffer
    }

    private static func render(_ pane: Pane, of state: AppState, in layout: ScreenLayout, into buffer: inout Buffer) {
        switch pane {
        case .documents: DocumentListPane(state: state).render(into: &buffer, area: layout.documents)
        case .reader: ReaderPane(state: state).render(into: &buffer, area: layout.reader, textArea: layout.readerText)
        case .entities: EntitySidebarPane(state: state).render(into: &buffer, area: layout.entities)
        case .timeline: TimelinePane(state: state).render(into: &buffer, area: layout.timeline)
        }
    }

    /// A centred notice naming the size needed, wrapped to whatever room there is.
    static func renderTooSmall(into buffer: inout Buffer, keymap: Keymap = .standard, showingHelp: Bool = false) {
        let size = buffer.size
        guard size.width > 0, size.height > 0 else { return }
        let minimum = ScreenLayout.minimumSize
        func key(_ command: Command) -> String { keymap.keys(for: command, in: .global).first?.displayName ?? command.rawValue }
        let message = showingHelp
            ? "Until the window is at least \(minimum.width)×\(minimum.height), only these keys work: \(key(.quit)) quits, \(key(.redraw)) redraws, \(key(.toggleHelp)) closes this help."
            : "Terminal too small (\(size.width)×\(size.height)). Dossier needs at least \(minimum.width)×\(minimum.height); enlarge the window or press \(key(.quit)) to quit (\(key(.toggleHelp)) help)."
        let lines = TextWrapper.wrap(message, width: size.width).prefix(size.height)
        let top = max(0, (size.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let x = max(0, (size.width - DisplayWidth.of(line.text)) / 2)
            buffer.write(line.text, x: x, y: top + row, style: Style(.text, bold: true))
        }
    }
}
