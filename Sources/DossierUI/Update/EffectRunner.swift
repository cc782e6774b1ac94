import DossierIndex

/// Runs the effects that query the index and turns their answers into actions.
public struct EffectRunner: Sendable {
    public let corpus: Corpus

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The actions that report the effect's outcome; terminal effects are the runtime's and yield none.
    public func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case let .openDocument(id, focus):
            do {
                guard let text = try corpus.text(of: id) else {
                    return [.notice(StatusMessage("That document is no longer in the index.", kind: .warning))]
                }
                return [.documentOpened(text, focus: focus)]
            } catch {
                return [.notice(StatusMessage("Could not read the document: \(error)", kind: .error))]
            }
        case .redraw, .quit:
            return []
        }
    }
}
