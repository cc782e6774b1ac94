import DossierIndex

/// Runs the effects that query the index or keep files, and turns their outcomes into actions.
public struct EffectRunner: Sendable {
    public let corpus: Corpus
    public let engine: SearchEngine
    public let history: SearchHistoryFile?

    public init(corpus: Corpus, history: SearchHistoryFile? = nil) throws {
        self.corpus = corpus
        self.engine = try SearchEngine(corpus: corpus)
        self.history = history
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
        case .filterDocuments(let query):
            return [.documentFilterLoaded(query, try engine.documentsWithHits(for: query))]
        case .loadTimeline(let filter):
            return [.timelineLoaded(filter, try corpus.timeline(filter))]
        case .saveHistory(let entries):
            try history?.save(entries)
            return []
        case .applyTheme, .redraw, .quit:
            return []
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
