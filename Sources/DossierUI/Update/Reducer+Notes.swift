import DossierIndex

extension Reducer {
    // MARK: Bookmarks and notes

    /// `B` and `a` in the reader, `a` in the notes overlay, and `'` anywhere.
    static func performNotes(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .bookmark:
            return bookmark(on: &state)
        case .annotate:
            startNote(on: &state)
            return []
        case .showNotes:
            state.overlay = .notes(NotesView())
            return [.loadNotes]
        default:
            return []
        }
    }

    /// Enter saves the note, Esc drops it; the other prompt keys do nothing here.
    static func performNotePrompt(_ command: Command, on state: inout AppState) -> [Effect] {
        guard let edit = state.notes.edit else { return [] }
        switch command {
        case .acceptPrompt:
            state.notes.edit = nil
            return [.changeNotes(edit.noteChange)]
        case .cancelPrompt:
            state.notes.edit = nil
            state.message = StatusMessage("Note not saved")
        default:
            break
        }
        return []
    }

    /// Keeps what was read; a file that cannot be read or written is named in the status bar.
    static func receiveNotes(_ result: Result<[PlacedNote], NoteStoreError>, on state: inout AppState) {
        switch result {
        case .success(let placed):
            state.notes.placed = placed
            state.notes.problem = nil
            if case .notes(var view)? = state.overlay {
                view.cursor.select(view.cursor.selected, count: placed.count, visible: NotesPane.visibleRows(in: state.layout))
                state.overlay = .notes(view)
            }
        case .failure(let error):
            state.notes.problem = error.description
            state.message = StatusMessage(error.description, kind: .error)
        }
    }

    /// Asks for the notes with the first document opened, so that `B` and `a` know what is bookmarked.
    static func firstNotesEffects(on state: inout AppState) -> [Effect] {
        guard !state.notes.isRequested else { return [] }
        state.notes.isRequested = true
        return [.loadNotes]
    }

    /// Where the notes overlay's Enter goes; an orphaned note has nowhere to go and says so.
    static func noteTarget(_ view: NotesView, on state: inout AppState) -> (documentID: Int64, ordinal: Int)? {
        guard let placed = state.notes.placed, placed.indices.contains(view.cursor.selected) else { return nil }
        let note = placed[view.cursor.selected]
        guard let sentence = note.sentence else {
            state.message = StatusMessage("That sentence is no longer in \(note.note.document); the note is kept", kind: .warning)
            return nil
        }
        return (sentence.documentID, sentence.ordinal)
    }

    private static func bookmark(on state: inout AppState) -> [Effect] {
        guard let (documentID, ordinal) = readerSentence(state) else {
            state.message = StatusMessage("Open a document to bookmark its sentences")
            return []
        }
        if state.notes.note(onSentence: ordinal, in: documentID) != nil {
            state.message = StatusMessage("Already bookmarked; a writes a note on it, ' lists them")
            return []
        }
        return [.changeNotes(.add(documentID: documentID, ordinal: ordinal, text: ""))]
    }

    /// Opens the note editor on the selected note in the overlay, or on the sentence in the reader.
    private static func startNote(on state: inout AppState) {
        if case .notes(let view)? = state.overlay {
            guard let placed = state.notes.placed, placed.indices.contains(view.cursor.selected) else { return }
            let note = placed[view.cursor.selected].note
            state.notes.edit = NoteEdit(target: .note(id: note.id), sentence: note.sentence, text: note.text)
            return
        }
        guard let (documentID, ordinal) = readerSentence(state), let sentence = state.reader.text(ofSentence: ordinal) else {
            state.message = StatusMessage("Open a document to write notes on its sentences")
            return
        }
        if let existing = state.notes.note(onSentence: ordinal, in: documentID) {
            state.notes.edit = NoteEdit(target: .note(id: existing.note.id), sentence: sentence, text: existing.note.text)
        } else {
            state.notes.edit = NoteEdit(target: .sentence(documentID: documentID, ordinal: ordinal), sentence: sentence)
        }
    }

    /// The sentence `B` and `a` act on: the claim or sentence a jump landed on while it is in view,
    /// else the first sentence in view.
    static func readerSentence(_ state: AppState) -> (documentID: Int64, ordinal: Int)? {
        guard let document = state.reader.document else { return nil }
        let top = state.reader.top, visible = state.layout.readerText.height
        if let current = state.claims.current, let line = state.reader.line(ofSentence: current), line >= top, line < top + visible {
            return (document.summary.id, current)
        }
        return firstOrdinalInView(state).map { (document.summary.id, $0) }
    }
}
