import DossierUI
import Foundation
import Synchronization

/// Runs index effects off the input loop, so a slow query never delays the next keystroke.
///
/// Effects run one at a time in order, except searches, which run on a queue of their own so a
/// keystroke never waits behind a slow load (a long timeline, the search engine being made):
/// only the newest waiting search runs, the ones it superseded are dropped. Outcomes, and what
/// the background indexing posts, wait in an inbox the loop empties after each event.
final class BackgroundEffects: Sendable {
    private struct Pending {
        var inbox: [Action] = []
        var newestSearch: Effect?
        var searchScheduled = false
        var running = 0
    }

    private let runner: EffectRunner
    private let queue = DispatchQueue(label: "dossier.effects")
    private let searchQueue = DispatchQueue(label: "dossier.searches")
    private let pending = Mutex(Pending())

    init(runner: EffectRunner) {
        self.runner = runner
    }

    /// Whether outcomes are still to come, so the loop should poll rather than wait for keys.
    var isBusy: Bool {
        pending.withLock { $0.running > 0 || $0.searchScheduled || !$0.inbox.isEmpty }
    }

    func submit(_ effect: Effect) {
        if case .search = effect {
            let schedule = pending.withLock { state -> Bool in
                state.newestSearch = effect
                defer { state.searchScheduled = true }
                return !state.searchScheduled
            }
            if schedule { searchQueue.async { self.runNewestSearch() } }
        } else {
            pending.withLock { $0.running += 1 }
            queue.async {
                let actions = self.runner.perform(effect)
                self.pending.withLock {
                    $0.inbox += actions
                    $0.running -= 1
                }
            }
        }
    }

    /// Adds actions to the inbox from another thread, as the background indexing does.
    func post(_ actions: [Action]) {
        pending.withLock { $0.inbox += actions }
    }

    /// The outcomes that arrived since the last call, oldest first.
    func takeActions() -> [Action] {
        pending.withLock { state in
            defer { state.inbox = [] }
            return state.inbox
        }
    }

    private func runNewestSearch() {
        let effect = pending.withLock { state -> Effect? in
            defer {
                state.newestSearch = nil
                state.searchScheduled = false
                state.running += 1
            }
            return state.newestSearch
        }
        let actions = effect.map(runner.perform) ?? []
        pending.withLock {
            $0.inbox += actions
            $0.running -= 1
        }
    }
}
