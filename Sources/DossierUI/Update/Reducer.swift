import DossierIndex

/// The one place state changes: applies an action and names the effects it needs.
public enum Reducer {
    /// Applies `action`, then asks for the timeline again if what it should show changed.
    /// Lays the panes out again when the action moved them (zoom, `<` `>`, or the focus on a
    /// narrow screen).
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        let layout = state.layout
        let effects = apply(action, to: &state)
        if state.layout != layout { fitToLayout(&state) }
        return effects + timelineEffects(on: &state)
    }

    private static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .key(let key):
            if state.layout.isTooSmall { return tooSmall(key, on: &state) }
            if state.indexing.question != nil, !state.isTyping, let answered = answerIndexingQuestion(key, on: &state) { return answered }
            guard let command = state.keymap.command(for: key, in: state.keyScopes) else {
                // A question waits for y, n or Esc; the prompt line says so.
                if state.confirmation != nil { return [] }
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
        case .documentDated(let document):
            receiveDocumentDate(document, on: &state)
            return []
        case let .claimMarkersLoaded(documentID, markers):
            receiveClaimMarkers(markers, for: documentID, on: &state)
            return []
        case let .crossReferencesLoaded(sentenceID, references):
            receiveCrossReferences(references, for: sentenceID, on: &state)
            return []
        case let .splitDocumentsLoaded(left, right):
            receiveSplitDocuments(left, right, on: &state)
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
        case .notesLoaded(let update):
            return receiveNotes(update, on: &state)
        case let .unsavedNotesWritten(path, result):
            return receiveRescue(result, path: path, on: &state)
        case let .renameWouldMerge(entity, into, newName):
            state.confirmation = Confirmation("\(into) exists: merge \(entity.name) into it?",
                                              yes: [.correctEntity(.merge(entity.name, into: into), answered: true)],
                                              no: [.correctEntity(.rename(entity.name, to: newName), answered: true)], noLabel: "rename anyway")
            return []
        case let .entityNamesFound(typed, names):
            receiveEntityNames(names, for: typed, on: &state)
            return []
        case .notice(let message):
            state.message = message
            return []
        case .indexing(let event):
            return receive(event, on: &state)
        }
    }

    /// While the window is too small to show the explorer, a key can only quit, redraw or toggle the
    /// short help the notice shows; anything else would change what cannot be seen.
    static func tooSmall(_ key: Key, on state: inout AppState) -> [Effect] {
        let scopes: [KeyScope] = [.global]
        switch state.keymap.command(for: key, in: scopes) {
        case .quit?: return perform(.quit, on: &state)
        case .redraw?: return [.redraw]
        case .toggleHelp?:
            state.overlay = state.overlay == nil ? .help(top: 0) : nil
            return []
        default: return []
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
        case .confirmYes, .confirmNo:
            return answer(yes: command == .confirmYes, on: &state)
        case .openSearch, .acceptPrompt, .cancelPrompt, .olderQuery, .newerQuery, .nextResult, .previousResult, .groupResults:
            if state.confirmation != nil {
                if command == .cancelPrompt { state.confirmation = nil }
                return []
            }
            if state.notes.rescue != nil { return performRescuePrompt(command, on: &state) }
            if state.commandLine.isOpen { return performCommandLinePrompt(command, on: &state) }
            if state.notes.edit != nil { return performNotePrompt(command, on: &state) }
            if state.timeline.isEditingSpan { return performSpanPrompt(command, on: &state) }
            if state.dateEdit != nil { return performDatePrompt(command, on: &state) }
            if state.entities.isFiltering || state.entities.edit != nil { return performEntityPrompt(command, on: &state) }
            return performPrompt(command, on: &state)
        case .toggleEntityScope, .filterEntities, .chooseEntity, .mergeEntity, .renameEntity, .retypeEntity, .ignoreEntity:
            return performEntity(command, on: &state)
        case .timelineDocument, .timelineEntity, .timelineSpan:
            return performTimeline(command, on: &state)
        case .setDocumentDate:
            startDateEdit(on: &state)
        case .bookmark, .annotate, .showNotes, .saveNotes, .deleteNote, .restoreNote, .emptyDeletedNotes:
            return performNotes(command, on: &state)
        case .openSplit, .switchSplitSide:
            return performSplit(command, on: &state)
        case .nextClaim, .previousClaim, .openCrossReferences, .toggleHiddenLinks, .showClaims, .sortClaims, .narrowClaimsToEntity, .narrowClaimsToSpan, .openSelected, .jumpBack, .jumpForward:
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
            state.commandLine.completions = Completions()
        case .toggleHelp: state.overlay = state.overlay == nil ? .help(top: 0) : nil
        case .closeOverlay: closeOverlay(on: &state)
        case .toggleZoom, .narrowPane, .widenPane: return performLayout(command, on: &state)
        case .redraw: return [.redraw]
        case .nextTheme: return nextTheme(on: &state)
        case .quit:
            return quit(on: &state)
        }
        return []
    }

    /// `y` or `n` to the question waiting: the effects it names, or a word that nothing changed.
    static func answer(yes: Bool, on state: inout AppState) -> [Effect] {
        guard let confirmation = state.confirmation else { return [] }
        state.confirmation = nil
        let effects = yes ? confirmation.yes : confirmation.no
        if effects.isEmpty { state.message = StatusMessage(confirmation.declined) }
        // A change to the notes is counted until answered, so that quitting waits for it.
        state.notes.savesInFlight += effects.count { if case .changeNotes = $0 { true } else { false } }
        return effects
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
            let total = HelpOverlay.rowCount(for: state.keymap, on: state.screen)
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
        case .split(var view)?:
            let visible = ScreenLayout.splitText(in: state.layout.splitLeft).height
            view.focused.reader.scroll(by: distance(command, page: visible, current: view.focused.reader.top, count: view.focused.reader.lines.count),
                                       visible: visible)
            state.overlay = .split(view)
            return
        case .notes(var view)?:
            let count = state.notes.listed.count, visible = NotesPane.visibleRows(in: state.layout)
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
        // The focus first: on a narrow screen or zoomed it decides how wide the reader is.
        if let focus { state.focus = focus }
        state.reader.open(text, width: state.layout.readerText.width)
        let visible = state.visibleDocuments
        if let index = visible.firstIndex(where: { $0.id == text.summary.id }) {
            state.documentCursor.select(index, count: visible.count, visible: state.layout.shows(.documents) ? state.layout.visibleDocuments : visible.count)
        }
        state.claims.current = nil
        let effects = entityListEffects(on: state) + [.loadClaimMarkers(documentID: text.summary.id)] + firstNotesEffects(on: &state)
        if case .position(let position)? = target { state.reader.show(position, visible: state.layout.readerText.height) }
        if let ordinal = target?.sentenceOrdinal { state.claims.current = ordinal }
        if case let .date(ordinal, range)? = target { state.reader.markDate(inSentence: ordinal, range: range) }
        if case let .sentence(ordinal)? = target { state.reader.markLanded(sentence: ordinal) }
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
        if state.search.results != nil {
            state.search.cursor.select(state.search.cursor.selected, count: state.search.rows.count,
                                       visible: SearchResultsPane.visibleItems(in: layout, grouped: state.search.isGrouped))
        }
        // A pane hidden by another's zoom keeps its place for when it is shown again.
        if layout.shows(.reader) { state.reader.relayout(width: layout.readerText.width, visible: layout.readerText.height) }
        if layout.shows(.documents) {
            state.documentCursor.select(state.documentCursor.selected, count: state.visibleDocuments.count, visible: layout.visibleDocuments)
        }
        if layout.shows(.entities) {
            state.entities.cursor.select(state.entities.cursor.selected, count: state.entities.rows.count, visible: layout.visibleEntities)
        }
        if layout.shows(.timeline) {
            state.timeline.cursor.select(state.timeline.cursor.selected, count: state.timeline.events?.count ?? 0,
                                         visible: layout.visibleTimelineEvents)
        }
        if case .split(var view) = state.overlay {
            fitSplit(&view, to: layout)
            state.overlay = .split(view)
        }
        if case .help(let top) = state.overlay {
            let maximum = max(0, HelpOverlay.rowCount(for: state.keymap, on: state.screen) - HelpOverlay.visibleRows(on: state.screen))
            state.overlay = .help(top: min(top, maximum))
        }
    }
}
