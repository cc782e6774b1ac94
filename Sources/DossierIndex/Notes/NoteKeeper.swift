import Foundation
import Synchronization

/// The user's notes, including changes that could not be written yet: a change the notes file
/// cannot take (a read-only folder, a full disk, a file that cannot be read) is kept in memory,
/// reported as unsaved, and written with the next change, on ``retry()``, or to a file the user
/// names (``writeUnsaved(to:)``). Nothing the user wrote is dropped.
public final class NoteKeeper: Sendable {
    public let store: NoteStore
    private let state = Mutex(State())

    private struct State {
        /// Changes in the order they were made, none of them in the file yet.
        var unsaved: [PendingNoteChange] = []
        /// The file's notes as last read or written.
        var lastRead: [Note] = []
    }

    public init(store: NoteStore) {
        self.store = store
    }

    /// Reads the file afresh and applies the unsaved changes to what it holds.
    public func load() -> NotesSnapshot {
        state.withLock { state in Self.snapshot(of: &state, reading: store) }
    }

    /// Makes a change and writes it, with every change still unsaved, to the file.
    public func apply(_ change: PendingNoteChange) -> NotesSnapshot {
        state.withLock { state in
            state.unsaved.append(change)
            return save(&state)
        }
    }

    /// Tries again to write the unsaved changes.
    public func retry() -> NotesSnapshot {
        state.withLock { state in save(&state) }
    }

    /// How many notes have changes not in the file.
    public var unsavedCount: Int {
        state.withLock { state in Set(state.unsaved.map(\.noteID)).count }
    }

    /// Writes every note, the unsaved changes applied, to `url` (which must not exist) in the notes
    /// file's layout, so that it can replace `notes.json` later; the changes then count as kept.
    /// Returns how many notes were unsaved.
    @discardableResult
    public func writeUnsaved(to url: URL) throws(NoteStoreError) -> Int {
        try state.withLock { (state: inout State) throws(NoteStoreError) -> Int in
            let count = Set(state.unsaved.map(\.noteID)).count
            try NoteStore(url: url).create(Self.applying(state.unsaved, to: state.lastRead))
            state.unsaved = []
            return count
        }
    }

    /// A name in the user's state folder for a file of unsaved notes, unique to the second.
    public static func rescueURL(for corpusRoot: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
                                 now: Date = Date()) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return StateFolder.url(environment: environment)
            .appendingPathComponent("unsaved-notes-\(StateFolder.name(for: corpusRoot))-\(formatter.string(from: now)).json")
    }

    private func save(_ state: inout State) -> NotesSnapshot {
        guard !state.unsaved.isEmpty else { return Self.snapshot(of: &state, reading: store) }
        let changes = state.unsaved
        do {
            let saved = try store.update { notes in changes.forEach { $0.apply(to: &notes) } }
            state.lastRead = saved
            state.unsaved = []
            return NotesSnapshot(notes: saved, written: changes.count)
        } catch {
            return Self.snapshot(of: &state, reading: store, problem: error)
        }
    }

    /// The file's notes (or the last ones read, when it cannot be read now) with the unsaved changes applied.
    private static func snapshot(of state: inout State, reading store: NoteStore, problem: NoteStoreError? = nil) -> NotesSnapshot {
        var problem = problem
        do {
            state.lastRead = try store.load()
        } catch {
            problem = problem ?? error
        }
        return NotesSnapshot(notes: applying(state.unsaved, to: state.lastRead), unsavedIDs: Set(state.unsaved.map(\.noteID)), problem: problem)
    }

    private static func applying(_ changes: [PendingNoteChange], to notes: [Note]) -> [Note] {
        var notes = notes
        changes.forEach { $0.apply(to: &notes) }
        return notes
    }
}
