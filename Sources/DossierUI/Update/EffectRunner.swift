import DossierIndex
import Foundation

/// Runs the effects that query the index or keep files, and turns their outcomes into actions.
public struct EffectRunner: Sendable {
    public let corpus: Corpus
    private let engines: SearchEngineCache
    public let history: SearchHistoryFile?
    public let notes: NoteStore

    public init(corpus: Corpus, history: SearchHistoryFile? = nil) {
        self.corpus = corpus
        engines = SearchEngineCache(corpus: corpus)
        self.history = history
        notes = NoteStore(corpusRoot: corpus.root)
    }

    private var engine: SearchEngine {
        get throws { try engines.current() }
    }

    /// The actions that report the effect's outcome; terminal effects are the runtime's and yield none.
    public func perform(_ effect: Effect) -> [Action] {
        do {
            return try run(effect)
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
        case .loadEntity(let entity):
            return [.entityLoaded(try load(entity))]
        case .correctEntity(let correction):
            return try correct(correction)
        case .loadClaimMarkers(let documentID):
            return [.claimMarkersLoaded(documentID: documentID, try corpus.claimMarkers(inDocument: documentID))]
        case .loadCrossReferences(let sentenceID):
            return [.crossReferencesLoaded(sentenceID: sentenceID, try corpus.crossReferences(ofSentence: sentenceID))]
        case .loadClaimOverview:
            return [.claimOverviewLoaded(try corpus.claimOverview())]
        case let .export(path, format, replacing):
            return [.notice(export(to: path, as: format, replacing: replacing))]
        case .filterDocuments(let query):
            return [.documentFilterLoaded(query, try engine.documentsWithHits(for: query))]
        case .loadTimeline(let filter):
            return [.timelineLoaded(filter, try corpus.timeline(filter))]
        case .loadNotes:
            return [try loadNotes()]
        case .changeNotes(let change):
            return try apply(change)
        case .saveHistory(let entries):
            try history?.save(entries)
            return []
        case .applyTheme, .redraw, .quit, .answerIndexing:
            return []
        }
    }

    /// The notes file's notes placed in the documents, or why the file cannot be read.
    private func loadNotes() throws -> Action {
        do {
            return .notesLoaded(.success(try corpus.place(try notes.load())))
        } catch let error as NoteStoreError {
            return .notesLoaded(.failure(error))
        }
    }

    /// Saves a change to the notes file and says where it went; a file that cannot be read or
    /// written is reported, and left as it is.
    private func apply(_ change: NoteChange) throws -> [Action] {
        let saved: [Note], message: StatusMessage
        do {
            switch change {
            case let .add(documentID, ordinal, text):
                guard let note = try corpus.note(onSentence: ordinal, inDocument: documentID, text: text) else {
                    return [.notice(StatusMessage("That sentence is no longer in the index", kind: .warning))]
                }
                saved = try notes.update { $0.append(note) }
                message = StatusMessage((note.hasText ? "Note saved" : "Bookmarked “\(DisplayWidth.truncate(note.sentence, to: 40))”")
                                        + " in \(NoteStore.relativePath)")
            case let .edit(id, text):
                var found = false
                saved = try notes.update { notes in
                    guard let index = notes.firstIndex(where: { $0.id == id }) else { return }
                    found = true
                    notes[index].text = text
                    notes[index].updated = Note.timestamp()
                }
                message = !found ? StatusMessage("That note is no longer in \(NoteStore.relativePath)", kind: .warning)
                    : StatusMessage((text.isEmpty ? "Note cleared; the bookmark stays" : "Note saved") + " in \(NoteStore.relativePath)")
            }
        } catch let error as NoteStoreError {
            return [.notesLoaded(.failure(error))]
        }
        return [.notesLoaded(.success(try corpus.place(saved))), .notice(message)]
    }

    /// Writes the briefing and says where, or why not; an existing file is kept unless replacing it was asked for.
    private func export(to path: String, as format: ExportFormat, replacing: Bool) -> StatusMessage {
        let url = URL(fileURLWithPath: NSString(string: path).expandingTildeInPath)
        guard replacing || !FileManager.default.fileExists(atPath: url.path) else {
            return StatusMessage("\(url.path) exists; :export! \(path) replaces it", kind: .warning)
        }
        do {
            let warnings = try CorpusExporter(corpus: corpus, notes: notes).write(as: format, to: url)
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
