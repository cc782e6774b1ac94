import DossierIndex
import Synchronization

/// The search engine, made when the first search needs it and made again after the index grew:
/// making one reads every document's sentence counts, which an explorer that opens at once must
/// not do before its first frame, and which go stale while the text phase adds documents.
final class SearchEngineCache: Sendable {
    private let corpus: Corpus
    private let engine = Mutex<SearchEngine?>(nil)

    init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The engine for the index as it stands.
    func current() throws -> SearchEngine {
        if let engine = engine.withLock({ $0 }) { return engine }
        let made = try SearchEngine(corpus: corpus)
        engine.withLock { $0 = made }
        return made
    }

    /// Forgets the engine, so the next search sees what the index holds now.
    func invalidate() {
        engine.withLock { $0 = nil }
    }
}
