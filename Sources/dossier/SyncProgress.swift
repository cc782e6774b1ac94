import DossierIndex
import Foundation
import Synchronization

/// Shows how a sync goes on standard error: on a terminal a bar per phase, redrawn in place as
/// batches land; otherwise plain lines as each phase starts, at every tenth of it, and as it ends.
final class SyncProgress: Sendable {
    /// Plain lines come at every this many percent of a phase.
    static let plainStep = 10
    /// Characters of the bar between its brackets.
    static let barWidth = 24

    private let enabled: Bool
    private let isTerminal: Bool
    /// The percent last printed as a plain line for the phase under way, and whether a bar is drawn unfinished.
    private let state = Mutex<(phase: IndexPhase?, percent: Int, barOpen: Bool)>((nil, -1, false))

    init(enabled: Bool, isTerminal: Bool = StandardError.isTerminal) {
        self.enabled = enabled
        self.isTerminal = isTerminal
    }

    func handle(_ event: SyncEvent) {
        guard enabled else { return }
        switch event {
        case .waitingForAnotherWriter:
            closeBar()
            StandardError.write("Waiting for another Dossier that is indexing this corpus…")
        case .progress(let progress):
            isTerminal ? drawBar(progress) : printLine(progress)
        case .phaseFinished, .scanned:
            break
        }
    }

    /// Ends a bar left unfinished (a sync that failed or was cut short), so what follows starts on its own line.
    func finish() {
        closeBar()
    }

    private func drawBar(_ progress: IndexProgress) {
        let filled = progress.total == 0 ? Self.barWidth : progress.done * Self.barWidth / progress.total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
        let name = progress.phase.name.padding(toLength: 8, withPad: " ", startingAt: 0)
        var line = "\(name) [\(bar)] \(String(format: "%3d", progress.percent))%  \(progress.done.formatted())/\(progress.total.formatted()) docs"
        if let rate = progress.rate { line += " · \(Int(rate.rounded()).formatted()) docs/s" }
        if let left = progress.secondsLeft, !progress.isFinished { line += " · \(IndexProgress.duration(left)) left" }
        state.withLock { $0.barOpen = !progress.isFinished }
        StandardError.write("\r\u{1B}[K" + line, terminator: progress.isFinished ? "\n" : "")
    }

    private func printLine(_ progress: IndexProgress) {
        let due = state.withLock { state -> Bool in
            if state.phase != progress.phase { state = (progress.phase, -1, false) }
            let step = progress.isFinished ? 100 : progress.percent / Self.plainStep * Self.plainStep
            guard step > state.percent else { return false }
            state.percent = step
            return true
        }
        guard due else { return }
        StandardError.write("\(progress.summary) (\(progress.done.formatted())/\(progress.total.formatted()) documents)")
    }

    private func closeBar() {
        let open = state.withLock { state in
            defer { state.barOpen = false }
            return state.barOpen
        }
        if open { StandardError.write("") }
    }
}
