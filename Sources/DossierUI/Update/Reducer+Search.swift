import DossierIndex

extension Reducer {
    // MARK: The prompt

    static func performPrompt(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .openSearch:
            state.search.isPromptOpen = true
            state.search.editor = LineEditor()
            state.search.results = nil
            state.search.cursor = ListCursor()
            state.search.focusBeforePrompt = state.focus
            state.search.history.resetWalk()
            state.overlay = nil
            return []
        case .cancelPrompt:
            closePrompt(on: &state)
            state.focus = state.search.focusBeforePrompt
            return []
        case .acceptPrompt:
            return accept(on: &state)
        case .olderQuery:
            guard let older = state.search.history.older(than: state.search.editor.text) else { return [] }
            state.search.editor.replace(with: older)
            return searchForPrompt(on: &state)
        case .newerQuery:
            guard let newer = state.search.history.newer() else { return [] }
            state.search.editor.replace(with: newer)
            return searchForPrompt(on: &state)
        case .nextResult, .previousResult:
            state.search.moveSelection(by: command == .nextResult ? 1 : -1, visible: visibleResults(state))
            return []
        case .groupResults:
            let layout = state.layout
            state.search.toggleGrouping { SearchResultsPane.visibleItems(in: layout, grouped: $0) }
            return []
        default:
            return []
        }
    }

    /// Edits whichever line is being typed: the search, the entity filter or a correction.
    static func edit(_ command: Command, on state: inout AppState) -> [Effect] {
        let before = state.typingEditor.text
        switch command {
        case .deleteBackward: state.typingEditor.deleteBackward()
        case .deleteForward: state.typingEditor.deleteForward()
        case .deleteWord: state.typingEditor.deleteWordBackward()
        case .deleteToStart: state.typingEditor.deleteToStart()
        case .cursorLeft: state.typingEditor.moveLeft()
        case .cursorRight: state.typingEditor.moveRight()
        case .cursorStart: state.typingEditor.moveToStart()
        case .cursorEnd: state.typingEditor.moveToEnd()
        default: break
        }
        return state.typingEditor.text == before ? [] : textChanged(on: &state)
    }

    static func type(_ character: Character, into state: inout AppState) -> [Effect] {
        state.typingEditor.insert(character)
        return textChanged(on: &state)
    }

    private static func textChanged(on state: inout AppState) -> [Effect] {
        // What Tab offered no longer fits the text.
        if state.commandLine.isOpen { state.commandLine.completions = Completions() }
        guard state.search.isPromptOpen else {
            entityTextChanged(on: &state)
            return []
        }
        return searchForPrompt(on: &state)
    }

    /// Asks for results for the prompt's text as it stands, superseding any search still running.
    static func searchForPrompt(on state: inout AppState) -> [Effect] {
        state.search.generation += 1
        let query = QueryParser.parse(state.search.editor.text, typing: true)
        guard !query.isEmpty || !query.filters.isEmpty else {
            state.search.results = state.search.editor.isEmpty ? nil : SearchResults(query: query, notes: query.notes)
            state.search.cursor = ListCursor()
            return []
        }
        return [.search(query, generation: state.search.generation)]
    }

    static func receive(_ results: SearchResults, generation: Int, on state: inout AppState) {
        guard state.search.isPromptOpen, generation == state.search.generation else { return }
        state.search.results = results
        state.search.selectFirstHit(visible: visibleResults(state))
    }

    /// How many results, or rows when grouped, the results pane shows.
    static func visibleResults(_ state: AppState) -> Int {
        SearchResultsPane.visibleItems(in: state.layout, grouped: state.search.isGrouped)
    }

    /// Commits the prompt's query and opens the selected result, or the first hit once counted.
    static func accept(on state: inout AppState) -> [Effect] {
        let text = state.search.editor.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            closePrompt(on: &state)
            state.focus = state.search.focusBeforePrompt
            return []
        }
        state.search.history.record(text)
        var effects: [Effect] = [.saveHistory(state.search.history.entries)]
        let query = QueryParser.parse(state.search.editor.text, typing: true)
        let results = state.search.results.flatMap { $0.query == query ? $0 : nil }
        let selected = results == nil ? nil : state.search.selectedHit
        closePrompt(on: &state)
        guard !query.isEmpty else {
            state.message = StatusMessage(query.notes.first ?? "Nothing to search for", kind: .warning)
            return effects
        }
        if let results, results.hits.isEmpty {
            state.message = StatusMessage("No matches for \(text)", kind: .warning)
            return effects
        }
        var active = ActiveSearch(query: query)
        active.opensFirstHitWhenCounted = selected == nil
        state.search.active = active
        if state.entities.active != nil {
            state.entities.active = nil
            selectOpenDocument(on: &state)
        }
        effects.append(.findDocumentsWithHits(query))
        if let selected {
            recordJump(on: &state)
            effects.append(.openDocument(selected.documentID, focus: .reader, target: .sentence(selected.ordinal)))
        }
        return effects
    }

    static func closePrompt(on state: inout AppState) {
        state.search.isPromptOpen = false
        state.search.results = nil
        state.search.generation += 1
        state.search.history.resetWalk()
    }

    // MARK: The committed search

    static func receiveHits(_ hits: [SearchHit], in documentID: Int64, for query: SearchQuery, target: ReaderTarget?, on state: inout AppState) {
        guard var active = state.search.active, active.query == query, state.reader.document?.summary.id == documentID else { return }
        active.documentID = documentID
        active.hits = hits
        switch target {
        case .sentence(let ordinal)?, .date(let ordinal, _)?: active.current = hits.firstIndex { $0.ordinal == ordinal }
        case .firstHit?: active.current = hits.isEmpty ? nil : 0
        case .lastHit?: active.current = hits.isEmpty ? nil : hits.count - 1
        case .position?, nil: active.current = nil
        }
        state.search.active = active
        showMarks(on: &state)
        if let ordinal = target?.sentenceOrdinal, active.current == nil, let line = state.reader.line(ofSentence: ordinal) {
            state.reader.reveal(line: line, visible: state.layout.readerText.height)
        }
    }

    static func receiveDocumentsWithHits(_ documents: [Int64], for query: SearchQuery, on state: inout AppState) -> [Effect] {
        guard state.search.active?.query == query else { return [] }
        state.search.active?.documentsWithHits = documents
        if documents.isEmpty { state.message = StatusMessage("No matches for \(query.text)", kind: .warning) }
        guard state.search.active?.opensFirstHitWhenCounted == true, let first = documents.first else { return [] }
        state.search.active?.opensFirstHitWhenCounted = false
        return [.openDocument(first, focus: .reader, target: .firstHit)]
    }

    /// Moves to the next (`direction` 1) or previous (-1) hit, into the neighbouring document with
    /// hits after the last or first hit of this one, and around the corpus at its ends.
    static func step(by direction: Int, on state: inout AppState) -> [Effect] {
        guard var active = state.search.active else {
            state.message = StatusMessage("No search to repeat; press / to search")
            return []
        }
        recordJump(on: &state)
        if let document = state.reader.document, active.documentID == document.summary.id, !active.hits.isEmpty {
            let next = (active.current ?? (direction > 0 ? -1 : active.hits.count)) + direction
            if active.hits.indices.contains(next) {
                active.current = next
                state.search.active = active
                showMarks(on: &state)
                return []
            }
        }
        return moveToNeighbouringDocument(direction, active: active, on: &state)
    }

    private static func moveToNeighbouringDocument(_ direction: Int, active: ActiveSearch, on state: inout AppState) -> [Effect] {
        guard let documents = active.documentsWithHits else {
            state.message = StatusMessage("Still finding the documents with matches…")
            return []
        }
        guard !documents.isEmpty else {
            state.message = StatusMessage("No matches for \(active.query.text)", kind: .warning)
            return []
        }
        let order = Dictionary(uniqueKeysWithValues: state.documents.enumerated().map { ($0.element.id, $0.offset) })
        let here = state.reader.document.flatMap { order[$0.summary.id] } ?? (direction > 0 ? -1 : state.documents.count)
        let ahead = direction > 0 ? documents.first { (order[$0] ?? 0) > here } : documents.last { (order[$0] ?? 0) < here }
        let target: ReaderTarget = direction > 0 ? .firstHit : .lastHit
        guard let ahead else {
            state.message = StatusMessage(direction > 0 ? "Search went past the last document; back to the first" : "Search went past the first document; on from the last")
            return [.openDocument(direction > 0 ? documents[0] : documents[documents.count - 1], focus: .reader, target: target)]
        }
        return [.openDocument(ahead, focus: .reader, target: target)]
    }

    /// Highlights the loaded hits in the reader and brings the current one into view.
    static func showMarks(on state: inout AppState) {
        guard let active = state.search.active else {
            state.reader.setMarks([], current: nil)
            return
        }
        let highlighter = QueryHighlighter(query: active.query)
        let marks = active.hits.map { state.reader.mark(for: $0, highlighter: highlighter) }
        let current = active.current.flatMap { marks.indices.contains($0) ? marks[$0] : nil }
        state.reader.setMarks(marks.compactMap { $0 }, current: current)
        if let current, let offset = current.ranges.first?.lowerBound, let line = state.reader.line(ofParagraph: current.paragraph, offset: offset) {
            state.reader.reveal(line: line, visible: state.layout.readerText.height)
        }
    }

    static func clearSearch(on state: inout AppState) {
        guard state.search.active != nil else { return }
        state.search.active = nil
        state.reader.setMarks([], current: nil)
        state.message = StatusMessage("Search cleared")
    }
}
