import Foundation
import Testing

/// A private tmux server with one detached window, driven by keystrokes and read back by screen
/// captures, so tests see the explorer exactly as a user's terminal would.
///
/// Each session has its own socket and cache directory, so tests can run in parallel; the server
/// is killed when the session is released, whether the test passed or failed.
final class TmuxSession {
    /// The session name every command targets; unique servers make a fixed name safe.
    private static let sessionName = "e2e"

    /// The environment tmux and the window's shell run with. tmux decides whether to draw UTF-8
    /// from the locale, a `TMUX` variable from the developer's own tmux would make it refuse to
    /// nest, and `ENV` would have an interactive `sh` run the developer's start-up file.
    private static let tmuxEnvironment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        for name in ["TMUX", "TMUX_PANE", "LC_ALL", "LC_CTYPE", "ENV"] { environment[name] = nil }
        environment["LANG"] = "C.UTF-8"
        // The window's command runs through the default shell, which tmux takes from SHELL.
        environment["SHELL"] = "/bin/sh"
        return environment
    }()

    private let tmuxPath: String
    private let socketName = "dossier-e2e-\(UUID().uuidString)"
    /// A private directory for this session's files; XDG_CACHE_HOME and XDG_STATE_HOME point inside it.
    let scratchDirectory: URL
    /// Where the server listens. tmux leaves the socket file behind after `kill-server`.
    private var socketPath: String?

    /// Starts a `width`×`height` window running `command` with `sh -c`.
    init(width: Int, height: Int, command: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        tmuxPath = try #require(Self.findTmux(), "tmux is required for end-to-end tests; `make test` installs it",
                                sourceLocation: sourceLocation)
        scratchDirectory = FileManager.default.temporaryDirectory.appending(path: socketName)
        let cacheDirectory = scratchDirectory.appending(path: "cache"), stateDirectory = scratchDirectory.appending(path: "state")
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        // remain-on-exit keeps a crashed explorer's last screen around for the failure message.
        try tmux("new-session", "-d", "-s", Self.sessionName, "-x", "\(width)", "-y", "\(height)",
                 "-e", "LANG=C.UTF-8", "-e", "XDG_CACHE_HOME=\(cacheDirectory.path)",
                 "-e", "XDG_STATE_HOME=\(stateDirectory.path)", command,
                 ";", "set-option", "-g", "remain-on-exit", "on")
        socketPath = try tmux("display-message", "-p", "#{socket_path}").trimmingCharacters(in: .newlines)
    }

    deinit {
        _ = try? tmux("kill-server")
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(at: scratchDirectory)
    }

    /// Presses keys, named in tmux's notation: `j`, `Enter`, `Space`, `C-c`, `Escape`.
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.sessionName] + keys)
    }

    /// Types `text` literally, as characters rather than key names, without pressing Enter.
    func typeLiterally(_ text: String) throws {
        try tmux("send-keys", "-t", Self.sessionName, "-l", text)
    }

    /// Types `line` literally, so words like `Enter` in it are not taken as key names, then presses Enter.
    func typeLine(_ line: String) throws {
        try tmux("send-keys", "-t", Self.sessionName, "-l", line, ";", "send-keys", "-t", Self.sessionName, "Enter")
    }

    /// Resizes the window as a user dragging the terminal's corner would; the explorer gets SIGWINCH.
    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", Self.sessionName, "-x", "\(width)", "-y", "\(height)")
    }

    /// The visible screen now, without colours.
    func capture() throws -> PaneScreen {
        PaneScreen(captured: try tmux("capture-pane", "-p", "-t", Self.sessionName))
    }

    /// The visible screen now, row by row, with the escape sequences that set colours and
    /// attributes, for tests that check how something is drawn.
    func captureWithAttributes() throws -> [String] {
        try tmux("capture-pane", "-p", "-e", "-t", Self.sessionName).split(separator: "\n").map(String.init)
    }

    /// Closes the terminal window, as a user closing it would: the server and its pty go away.
    func closeWindow() throws {
        try tmux("kill-server")
    }

    /// Polls the screen every 50 ms until `predicate` holds and returns that screen; fails the test
    /// with the last screen when `timeout` passes first, since the screen is what explains a failure.
    /// The default leaves room for a debug build indexing the seeds while a dozen other tests run.
    @discardableResult
    func waitFor(_ expectation: String, timeout: Duration = .seconds(30),
                 sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (PaneScreen) -> Bool) async throws -> PaneScreen {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = try capture()
            let satisfied = predicate(screen)
            if satisfied || ContinuousClock.now >= deadline {
                try #require(satisfied, "Timed out after \(timeout) waiting for \(expectation). Last screen:\n\(screen)",
                             sourceLocation: sourceLocation)
                return screen
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    private static func findTmux() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String {
        try tmux(arguments)
    }

    /// Runs one tmux client command against this session's server and returns its standard output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        // -u forces UTF-8 output; no configuration file, so a developer's ~/.tmux.conf cannot
        // change what the tests see.
        let outcome = try ProcessOutcome.run(tmuxPath, arguments: ["-u", "-f", "/dev/null", "-L", socketName] + arguments,
                                             environment: Self.tmuxEnvironment)
        guard outcome.exitStatus == 0 else {
            throw TmuxCommandFailed(arguments: arguments, exitStatus: outcome.exitStatus, message: outcome.standardError)
        }
        return outcome.standardOutput
    }
}
