import Foundation
import Synchronization

/// Shows indexing progress on one line of standard error, only when it is a terminal.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let shown = Mutex(false)

    init(enabled: Bool) {
        self.enabled = enabled && StandardError.isTerminal
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        shown.withLock { $0 = true }
        StandardError.write("\rIndexing \(done)/\(total) files…", terminator: "")
    }

    /// Clears the progress line, if one was shown.
    func finish() {
        guard shown.withLock({ $0 }) else { return }
        StandardError.write("\r\u{1B}[K", terminator: "")
    }
}
