import DossierIndex

extension Reducer {
    /// Takes in what the background indexing reported, and asks again for whatever on screen its
    /// newly committed results change.
    static func receive(_ event: IndexingEvent, on state: inout AppState) -> [Effect] {
        switch event {
        case .waitingForAnotherWriter:
            state.indexing.isWaiting = true
            state.message = StatusMessage("Another Dossier is indexing this corpus; this one waits for it and shows the index as it stands")
        case .listed(let documents):
            return list(documents, on: &state)
        case .progress(let progress):
            state.indexing.isWaiting = false
            state.indexing.running = progress
        case let .landed(phase, status):
            state.indexing.status = status
            return refresh(after: phase, on: &state)
        case .question(let question):
            state.indexing.question = question
        case let .finished(status, notices):
            state.indexing.isUnderWay = false
            state.indexing.running = nil
            state.indexing.isWaiting = false
            state.indexing.status = status
            if let warning = StatusMessage.warning(for: notices) { state.message = warning }
        case .failed(let message):
            state.indexing.isUnderWay = false
            state.indexing.running = nil
            state.indexing.isStopped = true
            state.message = StatusMessage(message, kind: .error)
        }
        return []
    }

    /// The answer to the indexing question when `key` is `y` or `n` (or Esc), else nil: other keys
    /// keep their meaning, so the files can be browsed and `q` quits while the question waits.
    static func answerIndexingQuestion(_ key: Key, on state: inout AppState) -> [Effect]? {
        switch key {
        case .character("y"), .character("Y"):
            state.indexing.question = nil
            return [.answerIndexing(true)]
        case .character("n"), .character("N"), .escape:
            state.indexing.question = nil
            state.indexing.isStopped = true
            state.message = StatusMessage("Not indexed: the files are listed and open as they are; search, entities and dates need the index")
            return [.answerIndexing(false)]
        default:
            return nil
        }
    }

    /// Shows the new document list, keeping the selection on the same file. The first document
    /// opens when none is open yet; one read from its file opens again from the index once it is
    /// there, at the same place, so that its entities, dates and claims show.
    private static func list(_ documents: [DocumentSummary], on state: inout AppState) -> [Effect] {
        let selectedPath = state.selectedDocument?.path
        state.documents = documents
        let visible = state.visibleDocuments
        let index = selectedPath.flatMap { path in visible.firstIndex { $0.path == path } } ?? min(state.documentCursor.selected, max(0, visible.count - 1))
        state.documentCursor.select(index, count: visible.count, visible: state.layout.visibleDocuments)
        guard let open = state.reader.document?.summary else { return documents.first.map { [Self.open($0, focus: nil)] } ?? [] }
        if open.id >= 0, let newer = documents.first(where: { $0.id == open.id }) { state.reader.update(newer) }
        guard open.id < 0, let indexed = documents.first(where: { $0.path == open.path && $0.id >= 0 }) else { return [] }
        let target = state.reader.position.map { ReaderTarget.position(ReaderPosition(documentID: indexed.id, paragraph: $0.paragraph,
                                                                                     offset: $0.offset, linesAbove: $0.linesAbove)) }
        return [.openDocument(indexed.id, focus: nil, target: target)]
    }

    /// The effect that reads `document`: from the index, or from its file while it is not indexed yet.
    public static func open(_ document: DocumentSummary, focus: Pane?) -> Effect {
        document.id < 0 ? .openFile(document, focus: focus) : .openDocument(document.id, focus: focus)
    }

    /// What to load again once a batch of `phase` is in the index.
    private static func refresh(after phase: IndexPhase, on state: inout AppState) -> [Effect] {
        switch phase {
        case .text:
            return [.reloadSearchIndex] + (state.search.isPromptOpen ? searchForPrompt(on: &state) : [])
        case .entities:
            return [.loadEntities(state.entities.scope(openDocument: state.reader.document?.summary.id))]
        case .dates:
            state.timeline.requested = state.timelineFilter
            return [.loadTimeline(state.timelineFilter)]
        case .claims:
            return state.reader.document.map { [.loadClaimMarkers(documentID: $0.summary.id)] } ?? []
        }
    }
}
