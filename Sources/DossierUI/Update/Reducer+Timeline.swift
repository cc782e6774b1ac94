import DossierIndex

extension Reducer {
    // MARK: The timeline

    /// `d`, `e` and `r` in the timeline: narrow to the open document, to the chosen entity, or to a span.
    static func performTimeline(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .timelineDocument:
            state.timeline.onlyOpenDocument.toggle()
        case .timelineEntity:
            state.timeline.onlyActiveEntity.toggle()
            if state.timeline.onlyActiveEntity, state.entities.active == nil {
                state.message = StatusMessage("Choose an entity in the sidebar with Enter; the timeline follows it")
            }
        case .timelineSpan:
            state.timeline.isEditingSpan = true
            state.timeline.spanEditor = LineEditor(state.timeline.span?.label ?? "")
        default:
            break
        }
        return []
    }

    /// Enter applies the typed span (an empty one shows every date again); a span that cannot be
    /// read keeps the prompt open and says why.
    static func performSpanPrompt(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .acceptPrompt:
            let text = state.timeline.spanEditor.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                state.timeline.span = nil
            } else if let span = DateSpan(text) {
                state.timeline.span = span
            } else {
                state.message = StatusMessage("“\(text)” is not a span of dates; write 2020, 2018..2022, 2023-10.. or ..2019", kind: .warning)
                return []
            }
            state.timeline.isEditingSpan = false
        case .cancelPrompt:
            state.timeline.isEditingSpan = false
        default:
            break
        }
        return []
    }

    /// Asks for the timeline's events when what it should show changed since it last asked.
    static func timelineEffects(on state: inout AppState) -> [Effect] {
        let filter = state.timelineFilter
        guard filter != state.timeline.requested else { return [] }
        state.timeline.requested = filter
        return [.loadTimeline(filter)]
    }

    static func receiveTimeline(_ events: [TimelineEvent], for filter: TimelineFilter, on state: inout AppState) {
        guard filter == state.timelineFilter else { return }
        state.timeline.show(events, for: filter, visible: state.layout.visibleTimelineEvents)
    }

    /// Enter in the timeline: the event's sentence in the reader, its date marked.
    static func openTimelineEvent(on state: inout AppState) -> [Effect] {
        guard let event = state.timeline.selected else { return [] }
        return go(toSentence: event.sentence.ordinal, in: event.sentence.documentID, marking: event.rangeInSentence, on: &state)
    }
}

extension Reducer {
    // MARK: A document's date

    /// `D` in the document list or the reader: a prompt for the selected (or open) document's date.
    static func startDateEdit(on state: inout AppState) {
        let document = state.focus == .reader ? state.reader.document?.summary : state.selectedDocument
        guard let document else {
            state.message = StatusMessage("Select a document first", kind: .warning)
            return
        }
        state.dateEdit = DocumentDateEdit(document: document)
    }

    /// Enter writes the typed date to dossier.toml; one that cannot be read keeps the prompt open and says why.
    static func performDatePrompt(_ command: Command, on state: inout AppState) -> [Effect] {
        guard let edit = state.dateEdit else { return [] }
        switch command {
        case .acceptPrompt:
            switch edit.date() {
            case .success(let date):
                state.dateEdit = nil
                return [.setDocumentDate(path: edit.document.path, date: date)]
            case .failure(let problem):
                state.message = StatusMessage(problem.message, kind: .warning)
            }
        case .cancelPrompt:
            state.dateEdit = nil
        default:
            break
        }
        return []
    }

    /// The document as re-dated: in the list, in the reader's header, and on the timeline, which asks again.
    static func receiveDocumentDate(_ document: DocumentSummary, on state: inout AppState) {
        if let index = state.documents.firstIndex(where: { $0.id == document.id }) { state.documents[index] = document }
        state.reader.update(document)
        state.timeline.requested = nil
        state.message = StatusMessage("\(document.title.isEmpty ? document.path : document.title) is dated \(document.date ?? "nothing"); saved in \(CorpusSettingsFile.fileName)")
    }
}
