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
        case .saveHistory(let entries):
            try history?.save(entries)
            return []
        case .redraw, .quit:
            return []
        }
    }
}
