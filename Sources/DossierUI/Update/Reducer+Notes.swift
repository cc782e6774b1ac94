import DossierIndex

extension Reducer {
    // MARK: Bookmarks and notes

    /// `B` and `a` in the reader, `a` in the notes overlay, `'` and `W` anywhere.
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
        case .saveNotes:
            guard state.notes.needsSavingBeforeQuit else {
                state.message = StatusMessage("Every note is saved in \(NoteStore.relativePath)")
                return []
            }
            state.notes.savesInFlight += 1
            return [.saveNotes(quitting: false)]
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
            return save(edit.noteChange, on: &state)
        case .cancelPrompt:
            state.notes.edit = nil
            state.message = StatusMessage("Note not saved")
        default:
            break
        }
        return []
    }

    /// `q` quits at once when every note is in the file; otherwise the notes are tried once more first.
    static func quit(on state: inout AppState) -> [Effect] {
        guard state.notes.needsSavingBeforeQuit else {
            state.isRunning = false
            return [.quit]
        }
        guard !state.notes.isQuitting else { return [] }
        state.notes.isQuitting = true
        state.notes.savesInFlight += 1
        state.message = StatusMessage("Saving notes before quitting…")
        return [.saveNotes(quitting: true)]
    }

    /// Keeps what was read or saved and which notes the file does not hold; a file that cannot be
    /// read or written is named in the status bar. Quitting goes on once the saves are answered.
    static func receiveNotes(_ update: NotesUpdate, on state: inout AppState) -> [Effect] {
        state.notes.placed = update.placed
        state.notes.unsaved = update.unsaved
        state.notes.problem = update.problem?.description
        if update.answersSave { state.notes.savesInFlight = max(0, state.notes.savesInFlight - 1) }
        if case .notes(var view)? = state.overlay {
            view.cursor.select(view.cursor.selected, count: update.placed.count, visible: NotesPane.visibleRows(in: state.layout))
            state.overlay = .notes(view)
        }
        if let problem = update.problem {
            let kept = update.unsaved.count
            state.message = StatusMessage(kept == 0 ? problem.description
                                          : "\(kept) note\(kept == 1 ? "" : "s") kept but not saved: \(problem); W tries again", kind: .error)
        }
        guard state.notes.isQuitting, state.notes.savesInFlight == 0 else { return [] }
        guard !update.unsaved.isEmpty else {
            state.isRunning = false
            return [.quit]
        }
        state.notes.rescue = LineEditor(update.rescuePath ?? "")
        return []
    }

    /// Enter writes the unsaved notes to the file named; Esc goes back to the explorer without quitting.
    static func performRescuePrompt(_ command: Command, on state: inout AppState) -> [Effect] {
        guard let rescue = state.notes.rescue else { return [] }
        switch command {
        case .acceptPrompt:
            let path = rescue.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return [] }
            return [.writeUnsavedNotes(path: path)]
        case .cancelPrompt:
            state.notes.rescue = nil
            state.notes.isQuitting = false
            let count = state.notes.unsaved.count
            state.message = StatusMessage("Not quitting: \(count) note\(count == 1 ? " is" : "s are") still unsaved; W tries again", kind: .warning)
        default:
            break
        }
        return []
    }

    /// Quits once the unsaved notes are in the file the user named; otherwise says why and asks again.
    static func receiveRescue(_ result: Result<Int, NoteStoreError>, path: String, on state: inout AppState) -> [Effect] {
        switch result {
        case .success(let count):
            state.notes.rescue = nil
            state.notes.unsaved = []
            state.exitMessage = "\(count) unsaved note\(count == 1 ? "" : "s") written to \(path); "
                + "copy \(count == 1 ? "it" : "them") into \(NoteStore.relativePath) once that can be written"
            state.isRunning = false
            return [.quit]
        case .failure(let error):
            state.message = StatusMessage("\(error); name another file", kind: .error)
            return []
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

    /// Asks the runner to save a change, counting it until it is answered.
    private static func save(_ change: NoteChange, on state: inout AppState) -> [Effect] {
        state.notes.savesInFlight += 1
        return [.changeNotes(change)]
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
        return save(.add(documentID: documentID, ordinal: ordinal, text: ""), on: &state)
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
