import DossierIndex
import DossierUI
import Foundation
import Testing

/// Drives the real reducer, effects and views with key strings and shows the screen as text,
/// as the explorer would draw it, without a terminal.
struct ScreenHarness {
    private(set) var state: AppState
    let runner: EffectRunner
    let fixture: FixtureCorpus

    /// `environment` says where the state folder is, for files the explorer offers to write there.
    init(size: Size = Size(width: 100, height: 30), environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        fixture = try FixtureCorpus()
        runner = try EffectRunner(corpus: fixture.corpus, environment: environment)
        state = AppState(corpusName: "fixture", documents: try fixture.corpus.documents(), screen: size)
        if let first = state.documents.first { run([.openDocument(first.id, focus: nil)]) }
    }

    /// Presses each key of `keys` (see ``KeySequence``).
    mutating func press(_ keys: String) {
        for key in KeySequence.parse(keys) { dispatch(.key(key)) }
    }

    mutating func resize(to size: Size) {
        dispatch(.resize(size))
    }

    mutating func dispatch(_ action: Action) {
        run(Reducer.reduce(&state, action))
    }

    private mutating func run(_ effects: [Effect]) {
        for effect in effects {
            for action in runner.perform(effect) { dispatch(action) }
        }
    }

    var buffer: Buffer { Screen.render(state) }
    var screen: String { buffer.text }
}
