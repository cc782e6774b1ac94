import DossierIndex

/// The one place state changes: applies an action and names the effects it needs.
public enum Reducer {
    /// Applies `action`, then asks for the timeline again if what it should show changed.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        apply(action, to: &state) + timelineEffects(on: &state)
    }

    private static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .key(let key):
            if state.indexing.question != nil, !state.isTyping, let answered = answerIndexingQuestion(key, on: &state) { return answered }
            guard let command = state.keymap.command(for: key, in: state.keyScopes) else {
                if state.isTyping, case .character(let character) = key { return type(character, into: &state) }
                state.message = StatusMessage("\(key.displayName) does nothing here; press ? for the keys.")
                return []
            }
            return reduce(&state, .command(command))
        case .command(let command):
            state.message = nil
            return perform(command, on: &state)
        case .mouse(let event):
            state.message = nil
            return handleMouse(event, on: &state)
        case .resize(let size):
            state.screen = size
            fitToLayout(&state)
            return []
        case let .documentOpened(text, focus, target):
            return opened(text, focus: focus, target: target, on: &state)
        case let .searchResults(results, generation):
            receive(results, generation: generation, on: &state)
            return []
        case let .hitsLoaded(documentID, query, hits, target):
            receiveHits(hits, in: documentID, for: query, target: target, on: &state)
            return []
        case let .documentsWithHits(query, documents):
            return receiveDocumentsWithHits(documents, for: query, on: &state)
        case let .entitiesLoaded(scope, entities):
            receiveEntities(entities, for: scope, on: &state)
            return []
        case .entityLoaded(let active):
            receiveEntity(active, on: &state)
            return []
        case let .entitiesCorrected(message, notes):
            return corrected(message, notes: notes, on: &state)
        case let .claimMarkersLoaded(documentID, markers):
            receiveClaimMarkers(markers, for: documentID, on: &state)
            return []
        case let .crossReferencesLoaded(sentenceID, references):
            receiveCrossReferences(references, for: sentenceID, on: &state)
            return []
        case .claimOverviewLoaded(let claims):
            receiveClaimOverview(claims, on: &state)
            return []
        case let .documentFilterLoaded(query, documents):
            receiveDocumentFilter(documents, for: query, on: &state)
            return []
        case let .timelineLoaded(filter, events):
            receiveTimeline(events, for: filter, on: &state)
            return []
        case .notesLoaded(let result):
            receiveNotes(result, on: &state)
            return []
        case .notice(let message):
            state.message = message
            return []
        case .indexing(let event):
            return receive(event, on: &state)
        }
    }

    static func perform(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .focusNext: state.focus = state.focus.next
        case .focusPrevious: state.focus = state.focus.previous
        case .focusDocuments: state.focus = .documents
        case .focusReader: state.focus = .reader
        case .focusEntities: state.focus = .entities
        case .focusTimeline: state.focus = .timeline
        case .cursorDown, .cursorUp, .cursorTop, .cursorBottom, .halfPageDown, .halfPageUp, .pageDown, .pageUp:
            move(command, on: &state)
        case .openDocument:
            guard let document = state.selectedDocument else { return [] }
            if state.reader.document?.summary.id != document.id { recordJump(on: &state) }
            return [open(document, focus: .reader)]
        case .openSearch, .acceptPrompt, .cancelPrompt, .olderQuery, .newerQuery, .nextResult, .previousResult:
            if state.commandLine.isOpen { return performCommandLinePrompt(command, on: &state) }
            if state.notes.edit != nil { return performNotePrompt(command, on: &state) }
            if state.timeline.isEditingSpan { return performSpanPrompt(command, on: &state) }
            if state.entities.isFiltering || state.entities.edit != nil { return performEntityPrompt(command, on: &state) }
            return performPrompt(command, on: &state)
        case .toggleEntityScope, .filterEntities, .chooseEntity, .mergeEntity, .renameEntity, .retypeEntity, .ignoreEntity:
            return performEntity(command, on: &state)
        case .timelineDocument, .timelineEntity, .timelineSpan:
            return performTimeline(command, on: &state)
        case .bookmark, .annotate, .showNotes:
            return performNotes(command, on: &state)
        case .nextClaim, .previousClaim, .openCrossReferences, .showClaims, .openSelected, .jumpBack, .jumpForward:
            return performClaims(command, on: &state)
        case .deleteBackward, .deleteForward, .deleteWord, .deleteToStart, .cursorLeft, .cursorRight, .cursorStart, .cursorEnd:
            return edit(command, on: &state)
        case .nextHit, .previousHit:
            let direction = command == .nextHit ? 1 : -1
            return state.entities.active == nil ? step(by: direction, on: &state) : stepMention(by: direction, on: &state)
        case .clearSearch:
            clearSearch(on: &state)
            clearEntity(on: &state)
        case .openCommandLine:
            state.commandLine.isOpen = true
            state.commandLine.editor = LineEditor()
            state.commandLine.completions = []
        case .toggleHelp: state.overlay = state.overlay == nil ? .help(top: 0) : nil
        case .closeOverlay: state.overlay = nil
        case .redraw: return [.redraw]
        case .nextTheme: return nextTheme(on: &state)
        case .quit:
            state.isRunning = false
            return [.quit]
        }
        return []
    }

    /// Steps to the next theme and names it; the explorer loads it and reports a broken file.
    static func nextTheme(on state: inout AppState) -> [Effect] {
        guard let name = state.themes.advance() else {
            state.message = StatusMessage("No theme files were found.", kind: .warning)
            return []
        }
        state.message = StatusMessage("Theme: \(name)")
        return [.applyTheme(name)]
    }

    /// Moves whatever has the keys: an overlay, the document selection or the reader's scroll.
    static func move(_ command: Command, on state: inout AppState) {
        switch state.overlay {
        case .help(let top)?:
            let visible = HelpOverlay.visibleRows(on: state.screen)
            let total = HelpOverlay.lines(for: state.keymap).count
            let target = top + distance(command, page: visible, current: top, count: total)
            state.overlay = .help(top: min(max(0, target), max(0, total - visible)))
            return
        case .crossReferences(var panel)?:
            let count = panel.references?.count ?? 0, visible = CrossReferencePane.visibleRows(in: state.layout)
            panel.cursor.move(by: distance(command, page: visible, current: panel.cursor.selected, count: count), count: count, visible: visible)
            state.overlay = .crossReferences(panel)
            return
        case .claims(var view)?:
            let count = view.claims?.count ?? 0, visible = ClaimsPane.visibleRows(in: state.layout)
            view.cursor.move(by: distance(command, page: visible, current: view.cursor.selected, count: count), count: count, visible: visible)
            state.overlay = .claims(view)
            return
        case .notes(var view)?:
            let count = state.notes.placed?.count ?? 0, visible = NotesPane.visibleRows(in: state.layout)
            view.cursor.move(by: distance(command, page: visible, current: view.cursor.selected, count: count), count: count, visible: visible)
            state.overlay = .notes(view)
            return
        case nil:
            break
        }
        switch state.focus {
        case .documents:
            let visible = state.layout.visibleDocuments
            let count = state.visibleDocuments.count
            let delta = distance(command, page: visible, current: state.documentCursor.selected, count: count)
            state.documentCursor.move(by: delta, count: count, visible: visible)
        case .reader:
            let visible = state.layout.readerText.height
            let delta = distance(command, page: visible, current: state.reader.top, count: state.reader.lines.count)
            state.reader.scroll(by: delta, visible: visible)
        case .entities:
            let visible = state.layout.visibleEntities
            state.entities.move(by: distance(command, page: visible, current: state.entities.cursor.selected, count: state.entities.rows.count),
                                visible: visible)
        case .timeline:
            let visible = state.layout.visibleTimelineEvents, count = state.timeline.events?.count ?? 0
            state.timeline.cursor.move(by: distance(command, page: visible, current: state.timeline.cursor.selected, count: count),
                                       count: count, visible: visible)
        }
    }

    /// How many rows a movement command moves from `current` in a list of `count` with pages of `page` rows.
    static func distance(_ command: Command, page: Int, current: Int, count: Int) -> Int {
        switch command {
        case .cursorDown: return 1
        case .cursorUp: return -1
        case .cursorTop: return -current
        case .cursorBottom: return count - current
        case .halfPageDown: return max(1, page / 2)
        case .halfPageUp: return -max(1, page / 2)
        case .pageDown: return max(1, page - 1)
        case .pageUp: return -max(1, page - 1)
        default: return 0
        }
    }

    /// Shows a freshly read document, lists its entities, then asks for its search hits, marks the
    /// chosen entity's mentions, or goes to its target sentence.
    static func opened(_ text: DocumentText, focus: Pane?, target: ReaderTarget?, on state: inout AppState) -> [Effect] {
        state.reader.open(text, width: state.layout.readerText.width)
        let visible = state.visibleDocuments
        if let index = visible.firstIndex(where: { $0.id == text.summary.id }) {
            state.documentCursor.select(index, count: visible.count, visible: state.layout.visibleDocuments)
        }
        if let focus { state.focus = focus }
        state.claims.current = nil
        let effects = entityListEffects(on: state) + [.loadClaimMarkers(documentID: text.summary.id)] + firstNotesEffects(on: &state)
        if case .position(let position)? = target { state.reader.show(position, visible: state.layout.readerText.height) }
        if let ordinal = target?.sentenceOrdinal { state.claims.current = ordinal }
        if case let .date(ordinal, range)? = target { state.reader.markDate(inSentence: ordinal, range: range) }
        if let active = state.search.active {
            return effects + [.loadHits(documentID: text.summary.id, query: active.query, target: target)]
        }
        if state.entities.active != nil { showEntityMarks(on: &state) }
        if let ordinal = target?.sentenceOrdinal, let line = state.reader.line(ofSentence: ordinal) {
            state.reader.reveal(line: line, visible: state.layout.readerText.height)
        }
        return effects
    }

    /// Lays the reader out again and keeps the selection in view after the screen changed size.
    static func fitToLayout(_ state: inout AppState) {
        let layout = state.layout
        guard !layout.isTooSmall else { return }
        if let hits = state.search.results?.hits.count {
            state.search.cursor.select(state.search.cursor.selected, count: hits, visible: layout.visibleResults)
        }
        state.reader.relayout(width: layout.readerText.width, visible: layout.readerText.height)
        state.documentCursor.select(state.documentCursor.selected, count: state.visibleDocuments.count, visible: layout.visibleDocuments)
        state.entities.cursor.select(state.entities.cursor.selected, count: state.entities.rows.count, visible: layout.visibleEntities)
        state.timeline.cursor.select(state.timeline.cursor.selected, count: state.timeline.events?.count ?? 0, visible: layout.visibleTimelineEvents)
        if case .help(let top) = state.overlay {
            let maximum = max(0, HelpOverlay.lines(for: state.keymap).count - HelpOverlay.visibleRows(on: state.screen))
            state.overlay = .help(top: min(top, maximum))
        }
    }
}
