import DossierIndex
import Foundation

/// Runs the effects that query the index or keep files, and turns their outcomes into actions.
public struct EffectRunner: Sendable {
    public let corpus: Corpus
    private let engines: SearchEngineCache
    public let history: SearchHistoryFile?
    /// The notes, with the changes the notes file could not take yet.
    public let notes: NoteKeeper
    public let paneSizes: PaneSizesFile?
    /// The environment that says where the state folder is, for the file offered for unsaved notes.
    let environment: [String: String]

    public init(corpus: Corpus, history: SearchHistoryFile? = nil, paneSizes: PaneSizesFile? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.corpus = corpus
        engines = SearchEngineCache(corpus: corpus)
        self.history = history
        self.paneSizes = paneSizes
        self.environment = environment
        notes = NoteKeeper(store: NoteStore(corpusRoot: corpus.root))
    }

    private var engine: SearchEngine {
        get throws { try engines.current() }
    }

    /// Names Tab offers at most, most mentioned first.
    static let completionLimit = 50

    /// The actions that report the effect's outcome; terminal effects are the runtime's and yield none.
    public func perform(_ effect: Effect) -> [Action] {
        do {
            return try run(effect)
        } catch let error as IndexStoreError {
            return [.notice(StatusMessage("\(error)".prefix(1).uppercased() + "\(error)".dropFirst(), kind: .error))]
        } catch {
            return [.notice(StatusMessage("The index could not answer: \(error)", kind: .error))]
        }
    }

    private func run(_ effect: Effect) throws -> [Action] {
        switch effect {
        case let .openDocument(id, focus, target):
            guard let text = try corpus.text(of: id) else {
                return [.notice(StatusMessage("That document is no longer in the index.", kind: .warning))]
            }
            return [.documentOpened(text, focus: focus, target: target)]
        case let .openFile(summary, focus):
            switch corpus.text(ofFile: summary) {
            case .success(let text): return [.documentOpened(text, focus: focus, target: nil)]
            case .failure(let failure): return [.notice(StatusMessage("\(summary.path): \(failure)", kind: .warning))]
            }
        case .reloadSearchIndex:
            engines.invalidate()
            _ = try engines.current()
            return []
        case let .search(query, generation):
            return [.searchResults(try engine.search(query), generation: generation)]
        case let .loadHits(documentID, query, target):
            return [.hitsLoaded(documentID: documentID, query: query, hits: try engine.hits(inDocument: documentID, for: query), target: target)]
        case .findDocumentsWithHits(let query):
            return [.documentsWithHits(query: query, try engine.documentsWithHits(for: query))]
        case .loadEntities(let scope):
            return [.entitiesLoaded(scope, try corpus.entities(inDocument: scope.documentID))]
        case let .loadSplitDocuments(left, right):
            guard let leftText = try corpus.text(of: left), let rightText = try corpus.text(of: right) else {
                return [.notice(StatusMessage("That document is no longer in the index.", kind: .warning))]
            }
            return [.splitDocumentsLoaded(left: leftText, right: rightText)]
        case .completeEntityName(let text):
            return [.entityNamesFound(typed: text, try entityNames(completing: text))]
        case .loadEntity(let entity):
            return [.entityLoaded(try load(entity))]
        case let .correctEntity(correction, answered):
            if !answered, case let .rename(name, newName) = correction, let question = try mergeQuestion(renaming: name, to: newName) {
                return [question]
            }
            return try correct(correction)
        case let .setDocumentDate(path, date):
            do {
                guard let document = try corpus.setDate(date, ofDocumentAt: path) else {
                    return [.notice(StatusMessage("\(path) is no longer in the index.", kind: .warning))]
                }
                return [.documentDated(document)]
            } catch let error as EntityOverridesError {
                return [.notice(StatusMessage("\(error)", kind: .error))]
            }
        case .loadClaimMarkers(let documentID):
            return [.claimMarkersLoaded(documentID: documentID, try corpus.claimMarkers(inDocument: documentID))]
        case let .loadCrossReferences(sentenceID, includingHidden):
            return [.crossReferencesLoaded(sentenceID: sentenceID, try corpus.crossReferences(ofSentence: sentenceID, includingHidden: includingHidden))]
        case let .loadClaimOverview(order, entityID, days):
            return [.claimOverviewLoaded(try corpus.claimOverview(order: order, entityID: entityID, days: days))]
        case let .export(path, format, replacing):
            return [.notice(export(to: path, as: format, replacing: replacing))]
        case .filterDocuments(let query):
            return [.documentFilterLoaded(query, try engine.documentsWithHits(for: query))]
        case .loadTimeline(let filter):
            return [.timelineLoaded(filter, try corpus.timeline(filter))]
        case .loadNotes:
            return [.notesLoaded(try update(notes.load()))]
        case .changeNotes(let change):
            return try apply(change)
        case .saveNotes(let quitting):
            return try retryNotes(quitting: quitting)
        case .writeUnsavedNotes(let path):
            let url = URL(fileURLWithPath: NSString(string: path).expandingTildeInPath)
            do {
                return [.unsavedNotesWritten(path: url.path, .success(try notes.writeUnsaved(to: url)))]
            } catch let error as NoteStoreError {
                return [.unsavedNotesWritten(path: url.path, .failure(error))]
            }
        case .saveHistory(let entries):
            try history?.save(entries)
            return []
        case let .savePaneSizes(sizes, key):
            do {
                try paneSizes?.save(sizes, for: key)
            } catch {
                return [.notice(StatusMessage("Pane sizes not kept: \(error.localizedDescription)", kind: .warning))]
            }
            return []
        case .applyTheme, .redraw, .quit, .answerIndexing:
            return []
        }
    }

    /// The names Tab offers for the text of a merge: the entities it could mean, or the corpus's most
    /// mentioned when it is empty.
    private func entityNames(completing text: String) throws -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let found: [EntitySummary]
        if trimmed.isEmpty {
            found = try corpus.entities(inDocument: nil)
        } else {
            found = try corpus.entities(matching: trimmed)
        }
        return found.prefix(Self.completionLimit).map(\.name)
    }

    /// The notes placed in the documents, with which are unsaved and why.
    private func update(_ snapshot: NotesSnapshot, answersSave: Bool = false, rescuePath: String? = nil) throws -> NotesUpdate {
        NotesUpdate(placed: try corpus.place(snapshot.notes), unsaved: snapshot.unsavedIDs, problem: snapshot.problem, answersSave: answersSave,
                    rescuePath: rescuePath)
    }

    /// Saves a change, with any unsaved before it, and says where it went; a change the file cannot
    /// take is kept unsaved, and the update says why.
    private func apply(_ change: NoteChange) throws -> [Action] {
        let pending: PendingNoteChange
        switch change {
        case let .add(documentID, ordinal, text):
            guard let note = try corpus.note(onSentence: ordinal, inDocument: documentID, text: text) else {
                return [.notesLoaded(try update(notes.load(), answersSave: true)),
                        .notice(StatusMessage("That sentence is no longer in the index", kind: .warning))]
            }
            pending = .add(note)
        case let .edit(id, text):
            pending = .edit(id: id, text: text, at: Date())
        case .delete(let id):
            pending = .delete(id: id, at: Date())
        case .restore(let id):
            pending = .restore(id: id)
        case .emptyDeleted:
            return try emptyDeletedNotes()
        }
        let snapshot = notes.apply(pending)
        let result = try update(snapshot, answersSave: true)
        guard snapshot.problem == nil else { return [.notesLoaded(result)] }
        let earlier = snapshot.written - 1
        let saved: String
        switch pending {
        case .add(let note):
            saved = (note.hasText ? "Note saved" : "Bookmarked “\(DisplayWidth.truncate(note.sentence, to: 40))”") + " in \(NoteStore.relativePath)"
        case .edit(let id, _, _), .delete(let id, _), .restore(let id):
            guard let note = snapshot.notes.first(where: { $0.id == id }) else {
                return [.notesLoaded(result), .notice(StatusMessage("That note is no longer in \(NoteStore.relativePath)", kind: .warning))]
            }
            saved = Self.describe(pending, of: note)
        }
        let also = earlier > 0 ? ", with \(earlier) change\(earlier == 1 ? "" : "s") not saved before" : ""
        return [.notesLoaded(result), .notice(StatusMessage(saved + also))]
    }

    /// What a change to an existing note did, for the status bar.
    private static func describe(_ change: PendingNoteChange, of note: Note) -> String {
        let what = note.hasText ? "Note" : "Bookmark"
        switch change {
        case .delete: return "\(what) deleted, kept in \(NoteStore.relativePath) until the deleted notes are emptied; u in the notes list restores it"
        case .restore: return "\(what) restored in \(NoteStore.relativePath)"
        default: return (note.hasText ? "Note saved" : "Note cleared; the bookmark stays") + " in \(NoteStore.relativePath)"
        }
    }

    /// Removes the deleted notes from the file for good and says how many went.
    private func emptyDeletedNotes() throws -> [Action] {
        let (snapshot, removed) = notes.emptyDeleted()
        let result = try update(snapshot, answersSave: true)
        guard snapshot.problem == nil else { return [.notesLoaded(result)] }
        return [.notesLoaded(result), .notice(StatusMessage("Emptied \(removed) deleted note\(removed == 1 ? "" : "s") from \(NoteStore.relativePath)"))]
    }

    /// Tries the unsaved notes again; before quitting, names a file in the state folder for those still unsaved.
    private func retryNotes(quitting: Bool) throws -> [Action] {
        let snapshot = notes.retry()
        let rescue = quitting && !snapshot.unsavedIDs.isEmpty ? NoteKeeper.rescueURL(for: corpus.root, environment: environment).path : nil
        let result = try update(snapshot, answersSave: true, rescuePath: rescue)
        guard snapshot.problem == nil, snapshot.written > 0 else { return [.notesLoaded(result)] }
        return [.notesLoaded(result), .notice(StatusMessage("Saved \(snapshot.written) change\(snapshot.written == 1 ? "" : "s") in \(NoteStore.relativePath)"))]
    }

    /// Writes the briefing and says where, or why not; an existing file is kept unless replacing it was asked for.
    private func export(to path: String, as format: ExportFormat, replacing: Bool) -> StatusMessage {
        let url = URL(fileURLWithPath: NSString(string: path).expandingTildeInPath)
        guard replacing || !FileManager.default.fileExists(atPath: url.path) else {
            return StatusMessage("\(url.path) exists; :export! \(path) replaces it", kind: .warning)
        }
        do {
            let warnings = try CorpusExporter(corpus: corpus, notes: notes.store).write(as: format, to: url)
            return StatusMessage(warnings.first.map { "Exported to \(url.path) · \($0)" } ?? "Exported to \(url.path)",
                                 kind: warnings.isEmpty ? .info : .warning)
        } catch {
            return StatusMessage("Could not write \(url.path): \(error)", kind: .error)
        }
    }

    private func load(_ entity: EntitySummary) throws -> ActiveEntity {
        ActiveEntity(entity: entity, aliases: try corpus.aliases(of: entity.id), companions: try corpus.entities(appearingWith: entity.id),
                     mentions: try corpus.mentions(of: entity.id), mentionCounts: try corpus.mentionCounts(of: entity.id))
    }

    /// The question to ask when another entity is already called `newName`.
    private func mergeQuestion(renaming name: String, to newName: String) throws -> Action? {
        let owner = try corpus.entities(matching: newName).first { $0.name.lowercased() == newName.lowercased() && $0.name != name }
        guard let owner, let entity = try corpus.entities(matching: name).first(where: { $0.name == name }) else { return nil }
        return .renameWouldMerge(entity, into: owner.name, newName: newName)
    }

    /// Applies a correction; a merge first finds the one entity its target names.
    private func correct(_ correction: EntityCorrection) throws -> [Action] {
        var correction = correction
        if case let .merge(name, target) = correction {
            let matches = try corpus.entities(matching: target).filter { $0.name != name }
            guard let into = matches.first(where: { $0.name.lowercased() == target.lowercased() }) ?? (matches.count == 1 ? matches.first : nil) else {
                let problem = matches.isEmpty ? "No entity is called \(target)"
                    : "\(target) could be \(matches.prefix(3).map(\.name).joined(separator: ", ")); type more of the name"
                return [.notice(StatusMessage(problem, kind: .warning))]
            }
            correction = .merge(name, into: into.name)
        }
        let notes = try corpus.correct(correction)
        return [.entitiesCorrected(message: Self.describe(correction), notes: notes)]
    }

    static func describe(_ correction: EntityCorrection) -> String {
        switch correction {
        case let .merge(name, target): return "Merged \(name) into \(target); saved in \(CorpusSettingsFile.fileName)"
        case let .rename(name, newName): return "Renamed \(name) to \(newName); saved in \(CorpusSettingsFile.fileName)"
        case let .retype(name, type): return "\(name) is now of type \(type.rawValue); saved in \(CorpusSettingsFile.fileName)"
        case .ignore(let name): return "Ignoring \(name); saved in \(CorpusSettingsFile.fileName)"
        case let .alias(surface, target): return "\(surface) now means \(target); saved in \(CorpusSettingsFile.fileName)"
        }
    }
}
