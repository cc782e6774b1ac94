import DossierIndex

extension Reducer {
    // MARK: Claims in the reader

    static func performClaims(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .nextClaim, .previousClaim:
            moveToClaim(forward: command == .nextClaim, on: &state)
            return []
        case .openCrossReferences:
            guard let sentenceID = focusedClaim(on: &state) else {
                state.message = StatusMessage(state.claims.markers.isEmpty ? "No claim in this document has cross-references"
                                                                           : "No claim with cross-references in view; ] goes to the next")
                return []
            }
            state.overlay = .crossReferences(CrossReferencePanel(sentenceID: sentenceID))
            return [.loadCrossReferences(sentenceID: sentenceID, includingHidden: false)]
        case .toggleHiddenLinks:
            guard case .crossReferences(var panel) = state.overlay else { return [] }
            panel.showsHidden.toggle()
            panel.references = nil
            panel.cursor = ListCursor()
            state.overlay = .crossReferences(panel)
            return [.loadCrossReferences(sentenceID: panel.sentenceID, includingHidden: panel.showsHidden)]
        case .showClaims:
            let view = ClaimsView()
            state.overlay = .claims(view)
            return [view.query]
        case .sortClaims, .narrowClaimsToEntity, .narrowClaimsToSpan:
            guard case .claims(var view) = state.overlay else { return [] }
            switch command {
            case .sortClaims: view.order = view.order == .contested ? .corroborated : .contested
            case .narrowClaimsToEntity:
                guard view.entity == nil, let active = state.entities.active else {
                    if view.entity == nil { state.message = StatusMessage("Choose an entity in the sidebar first") }
                    view.entity = nil
                    break
                }
                view.entity = (active.entity.id, active.entity.name)
            default:
                guard view.span == nil, let span = state.timeline.span else {
                    if view.span == nil { state.message = StatusMessage("Set a span in the timeline first (r)") }
                    view.span = nil
                    break
                }
                view.span = span
            }
            view.claims = nil
            view.cursor = ListCursor()
            state.overlay = .claims(view)
            return [view.query]
        case .openSelected:
            return openSelected(on: &state)
        case .jumpBack:
            return jump(to: state.jumps.back(from: state.reader.position), on: &state, missing: "No earlier jump to go back to")
        case .jumpForward:
            return jump(to: state.jumps.forward(), on: &state, missing: "No later jump to go forward to")
        default:
            return []
        }
    }

    static func receiveClaimMarkers(_ markers: [Int: ClaimMarker], for documentID: Int64, on state: inout AppState) {
        guard state.reader.document?.summary.id == documentID else { return }
        state.claims.documentID = documentID
        state.claims.markers = markers
    }

    static func receiveCrossReferences(_ references: [CrossReference], for sentenceID: Int64, on state: inout AppState) {
        guard case .crossReferences(var panel) = state.overlay, panel.sentenceID == sentenceID else { return }
        panel.references = references
        state.overlay = .crossReferences(panel)
    }

    static func receiveClaimOverview(_ claims: [ClaimOverview], on state: inout AppState) {
        guard case .claims(var view) = state.overlay else { return }
        view.claims = claims
        state.overlay = .claims(view)
    }

    /// `]` and `[`: the next or previous linked claim after the current one, or after the top of the view.
    private static func moveToClaim(forward: Bool, on state: inout AppState) {
        let ordinals = state.claims.ordinals
        guard !ordinals.isEmpty else {
            state.message = StatusMessage("No claim in this document has cross-references")
            return
        }
        let reference = state.claims.current ?? firstOrdinalInView(state) ?? 0
        let next = forward ? ordinals.first { $0 > reference || (state.claims.current == nil && $0 == reference) }
            : ordinals.last { $0 < reference }
        guard let next else {
            state.message = StatusMessage(forward ? "No more claims with cross-references below" : "No claims with cross-references above")
            return
        }
        state.claims.current = next
        state.focus = .reader
        if let line = state.reader.line(ofSentence: next) { state.reader.reveal(line: line, visible: state.layout.readerText.height) }
    }

    /// The ordinal of the first sentence shown at the top of the reader.
    static func firstOrdinalInView(_ state: AppState) -> Int? {
        guard let document = state.reader.document, let position = state.reader.position, document.paragraphs.indices.contains(position.paragraph) else {
            return nil
        }
        let sentences = document.paragraphs[position.paragraph].sentences
        return (sentences.first { $0.range.upperBound > position.offset } ?? sentences.last)?.ordinal
    }

    /// The claim `Enter` acts on: the current one if it is in view, else the first linked claim in view.
    private static func focusedClaim(on state: inout AppState) -> Int64? {
        let visible = state.layout.readerText.height
        let inView = state.claims.ordinals.filter { ordinal in
            state.reader.line(ofSentence: ordinal).map { $0 >= state.reader.top && $0 < state.reader.top + visible } ?? false
        }
        let ordinal = state.claims.current.flatMap { inView.contains($0) ? $0 : nil } ?? inView.first
        guard let ordinal, let document = state.reader.document else { return nil }
        state.claims.current = ordinal
        return document.paragraphs.lazy.flatMap(\.sentences).first { $0.ordinal == ordinal }?.id
    }

    // MARK: Going to a sentence and back

    /// Enter in the cross-reference panel, the claims view or the timeline: go to the chosen sentence.
    private static func openSelected(on state: inout AppState) -> [Effect] {
        let target: (documentID: Int64, ordinal: Int)?
        switch state.overlay {
        case .crossReferences(let panel)?: target = panel.selected.map { ($0.there.documentID, $0.there.ordinal) }
        case .claims(let view)?: target = view.selected.map { ($0.claim.documentID, $0.claim.ordinal) }
        case .notes(let view)?: target = noteTarget(view, on: &state)
        case .help?: target = nil
        case nil: return state.focus == .timeline ? openTimelineEvent(on: &state) : []
        }
        guard let target else { return [] }
        state.overlay = nil
        return go(toSentence: target.ordinal, in: target.documentID, on: &state)
    }

    /// Records a jump and shows a sentence, opening its document when it is not the one in the reader.
    /// With `marking`, that stretch of the sentence (in scalars) is marked, as a date chosen in the timeline.
    static func go(toSentence ordinal: Int, in documentID: Int64, marking range: Range<Int>? = nil, on state: inout AppState) -> [Effect] {
        recordJump(on: &state)
        state.claims.current = ordinal
        state.focus = .reader
        guard state.reader.document?.summary.id == documentID else {
            return [.openDocument(documentID, focus: .reader, target: range.map { .date(sentence: ordinal, range: $0) } ?? .sentence(ordinal))]
        }
        if let range { state.reader.markDate(inSentence: ordinal, range: range) } else { state.reader.markLanded(sentence: ordinal) }
        if let line = state.reader.line(ofSentence: ordinal) { state.reader.reveal(line: line, visible: state.layout.readerText.height) }
        return []
    }

    /// Remembers where the reader is before a jump takes it elsewhere.
    static func recordJump(on state: inout AppState) {
        if let position = state.reader.position { state.jumps.record(position) }
    }

    private static func jump(to position: ReaderPosition?, on state: inout AppState, missing: String) -> [Effect] {
        guard let position else {
            state.message = StatusMessage(missing)
            return []
        }
        state.overlay = nil
        state.focus = .reader
        guard state.reader.document?.summary.id == position.documentID else {
            return [.openDocument(position.documentID, focus: .reader, target: .position(position))]
        }
        state.reader.show(position, visible: state.layout.readerText.height)
        return []
    }
}
