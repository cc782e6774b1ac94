import DossierIndex

extension Reducer {
    // MARK: The sidebar

    static func performEntity(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .toggleEntityScope:
            state.entities.showsCorpus.toggle()
            return entityListEffects(on: state)
        case .filterEntities:
            state.entities.isFiltering = true
            state.entities.filter = LineEditor()
            state.entities.refilter(visible: state.layout.visibleEntities, keeping: state.entities.selected?.name)
            state.overlay = nil
            return []
        case .chooseEntity:
            guard let entity = state.entities.selected else { return [] }
            return [.loadEntity(entity)]
        case .mergeEntity, .renameEntity, .retypeEntity, .ignoreEntity:
            guard let entity = state.entities.selected else {
                state.message = StatusMessage("Select an entity first")
                return []
            }
            guard let kind = editKind(for: command) else {
                state.confirmation = Confirmation("Ignore \(entity.name) everywhere?", yes: [.correctEntity(.ignore(entity.name))],
                                                  declined: "Kept \(entity.name)")
                return []
            }
            state.entities.edit = EntityEdit(kind: kind, entity: entity)
            return []
        default:
            return []
        }
    }

    /// The correction typed for the command; nil for ignoring, which is a yes/no question.
    private static func editKind(for command: Command) -> EntityEdit.Kind? {
        switch command {
        case .mergeEntity: return .merge
        case .renameEntity: return .rename
        case .retypeEntity: return .retype
        default: return nil
        }
    }

    /// Asks for the entity list the sidebar should show now, unless it already shows it.
    static func entityListEffects(on state: AppState) -> [Effect] {
        let scope = state.entities.scope(openDocument: state.reader.document?.summary.id)
        return scope == state.entities.listedFor ? [] : [.loadEntities(scope)]
    }

    static func receiveEntities(_ entities: [EntitySummary], for scope: EntityListScope, on state: inout AppState) {
        guard scope == state.entities.scope(openDocument: state.reader.document?.summary.id) else { return }
        state.entities.show(entities, for: scope, visible: state.layout.visibleEntities)
    }

    /// Makes the loaded entity the one the reader highlights and the document list follows.
    static func receiveEntity(_ active: ActiveEntity, on state: inout AppState) {
        state.search.active = nil
        state.entities.active = active
        selectOpenDocument(on: &state)
        showEntityMarks(on: &state)
        let documents = active.mentionCounts.count
        state.message = StatusMessage("\(active.entity.name): \(active.entity.mentions) mention\(active.entity.mentions == 1 ? "" : "s") "
            + "in \(documents) document\(documents == 1 ? "" : "s"); n/N step through them, Esc clears")
    }

    static func corrected(_ message: String, notes: [String], on state: inout AppState) -> [Effect] {
        let hadActive = state.entities.active != nil
        state.entities.active = nil
        if hadActive {
            state.reader.setMarks([], current: nil)
            selectOpenDocument(on: &state)
        }
        state.message = StatusMessage(notes.isEmpty ? message : "\(message) · dossier.toml \(notes[0])", kind: notes.isEmpty ? .info : .warning)
        // A correction changes what names mean, so the claims were linked again too.
        let markers = state.reader.document.map { [Effect.loadClaimMarkers(documentID: $0.summary.id)] } ?? []
        return [.loadEntities(state.entities.scope(openDocument: state.reader.document?.summary.id))] + markers
    }

    static func clearEntity(on state: inout AppState) {
        guard state.entities.active != nil else { return }
        state.entities.active = nil
        state.reader.setMarks([], current: nil)
        selectOpenDocument(on: &state)
        state.message = StatusMessage("Entity cleared; all documents listed")
    }

    /// Keeps the open document selected in the document list after the list changed.
    static func selectOpenDocument(on state: inout AppState) {
        let visible = state.visibleDocuments
        let index = state.reader.document.flatMap { open in visible.firstIndex { $0.id == open.summary.id } } ?? 0
        state.documentCursor = ListCursor()
        state.documentCursor.select(index, count: visible.count, visible: state.layout.visibleDocuments)
    }

    // MARK: Filter and correction prompts

    /// Enter, Esc and the arrows while the filter or a correction is typed.
    static func performEntityPrompt(_ command: Command, on state: inout AppState) -> [Effect] {
        if let edit = state.entities.edit {
            switch command {
            case .acceptPrompt:
                state.entities.edit = nil
                switch edit.correction() {
                case .success(let correction): return [.correctEntity(correction)]
                case .failure(let problem): state.message = StatusMessage(problem.message)
                }
            case .cancelPrompt:
                state.entities.edit = nil
            case .nextResult, .previousResult:
                // Tab completes the name to merge into, and steps through the names it found.
                guard edit.kind == .merge else { break }
                if state.entities.edit?.stepCompletion(by: command == .nextResult ? 1 : -1) == true { break }
                if command == .nextResult { return [.completeEntityName(edit.editor.text)] }
            default:
                break
            }
            return []
        }
        switch command {
        case .acceptPrompt:
            state.entities.isFiltering = false
        case .cancelPrompt:
            state.entities.isFiltering = false
            state.entities.filter = LineEditor()
            state.entities.refilter(visible: state.layout.visibleEntities, keeping: state.entities.selected?.name)
        case .nextResult, .newerQuery:
            state.entities.move(by: 1, visible: state.layout.visibleEntities)
        case .previousResult, .olderQuery:
            state.entities.move(by: -1, visible: state.layout.visibleEntities)
        default:
            break
        }
        return []
    }

    /// The filter follows each key; a name typed for a merge forgets the names Tab found.
    static func entityTextChanged(on state: inout AppState) {
        if state.entities.edit != nil { state.entities.edit?.completions = Completions() }
        guard state.entities.isFiltering, state.entities.edit == nil else { return }
        state.entities.refilter(visible: state.layout.visibleEntities)
    }

    /// Shows the first name Tab found, or says none matches.
    static func receiveEntityNames(_ names: [String], for typed: String, on state: inout AppState) {
        guard state.entities.edit?.kind == .merge, state.entities.edit?.editor.text == typed else { return }
        state.entities.edit?.complete(typed, with: names)
        if state.entities.edit?.completions.candidates.isEmpty == true { state.message = StatusMessage("No other entity is called “\(typed)”") }
    }

    // MARK: Stepping through mentions

    /// Goes to the next (`direction` 1) or previous (-1) mention of the chosen entity, opening the
    /// document it is in, and around the corpus at its ends.
    static func stepMention(by direction: Int, on state: inout AppState) -> [Effect] {
        guard var active = state.entities.active, !active.mentions.isEmpty else { return [] }
        recordJump(on: &state)
        let open = state.reader.document?.summary.id
        let next: Int
        if let current = active.current, active.mentions[current].documentID == open {
            next = current + direction
        } else {
            next = firstMention(from: open, direction: direction, in: active.mentions, documents: state.documents)
        }
        let wrapped = (next + active.mentions.count) % active.mentions.count
        if wrapped != next {
            state.message = StatusMessage(direction > 0 ? "Past the last mention; back to the first" : "Before the first mention; on from the last")
        }
        active.current = wrapped
        state.entities.active = active
        let mention = active.mentions[wrapped]
        guard mention.documentID == open else { return [.openDocument(mention.documentID, focus: .reader)] }
        showEntityMarks(on: &state)
        return []
    }

    /// The first mention in or after the open document going forward, the last in or before it going back.
    private static func firstMention(from open: Int64?, direction: Int, in mentions: [EntityMention], documents: [DocumentSummary]) -> Int {
        let order = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($0.element.id, $0.offset) })
        let here = open.flatMap { order[$0] } ?? (direction > 0 ? -1 : documents.count)
        if direction > 0 {
            return mentions.firstIndex { (order[$0.documentID] ?? .max) >= here } ?? mentions.count
        }
        return mentions.lastIndex { (order[$0.documentID] ?? -1) <= here } ?? -1
    }

    /// Highlights the chosen entity's mentions in the open document and brings the current one into view.
    static func showEntityMarks(on state: inout AppState) {
        guard let active = state.entities.active, let open = state.reader.document?.summary.id else { return }
        let here = active.mentions.indices.filter { active.mentions[$0].documentID == open }
        let marks = here.compactMap { state.reader.mark(for: active.mentions[$0]) }
        let current = active.current.flatMap { index in here.contains(index) ? state.reader.mark(for: active.mentions[index]) : nil }
        state.reader.setMarks(marks, current: current)
        if let current, let offset = current.ranges.first?.lowerBound, let line = state.reader.line(ofParagraph: current.paragraph, offset: offset) {
            state.reader.reveal(line: line, visible: state.layout.readerText.height)
        }
    }
}
