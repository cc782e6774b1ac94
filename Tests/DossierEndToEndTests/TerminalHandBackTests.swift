import Foundation
import Testing

/// However the explorer stops — q, Ctrl-C, SIGTERM, SIGHUP or Ctrl-Z — the shell it was started from must
/// get back a usable terminal: the explorer's screen gone, line editing and echo on, and an exit
/// status scripts can rely on.
@Suite struct TerminalHandBackTests {
    @Test func quittingWithQExitsZeroAndRestoresTheTerminal() async throws {
        let session = try await Self.explorerStartedFromShell()
        try session.sendKeys("q")
        try await Self.expectShellBack(in: session, status: 0)
    }

    @Test func ctrlCExits130AndRestoresTheTerminal() async throws {
        let session = try await Self.explorerStartedFromShell()
        try session.sendKeys("C-c")
        try await Self.expectShellBack(in: session, status: 130)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func endingSignalExitsWithItsStatusAndRestoresTheTerminal(_ signal: Int32) async throws {
        let session = try TmuxSession(width: 100, height: 30, command: "sh")
        let pidFile = session.scratchDirectory.appending(path: "dossier.pid")
        // The inner shell writes down its pid and execs the explorer, which keeps that pid; this
        // needs no pgrep, which minimal images lack.
        let explorer = "echo $$ > \(pidFile.path.shellQuoted); exec \(try DossierExecutable.commandLine())"
        try session.typeLine("sh -c \(explorer.shellQuoted)")
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        let pidText = try String(contentsOf: pidFile, encoding: .utf8)
        let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)), "Unreadable pid file: \(pidText)")
        try #require(kill(pid, signal) == 0, "kill -\(signal) \(pid) failed with errno \(errno)")
        try await Self.expectShellBack(in: session, status: 128 + Int(signal))
    }

    @Test func closingTheWindowEndsTheExplorer() async throws {
        let session = try TmuxSession(width: 100, height: 30, command: "sh")
        let pidFile = session.scratchDirectory.appending(path: "dossier.pid")
        let explorer = "echo $$ > \(pidFile.path.shellQuoted); exec \(try DossierExecutable.commandLine())"
        try session.typeLine("sh -c \(explorer.shellQuoted)")
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        let pidText = try String(contentsOf: pidFile, encoding: .utf8)
        let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)), "Unreadable pid file: \(pidText)")
        try session.closeWindow()
        let deadline = ContinuousClock.now + .seconds(10)
        while kill(pid, 0) == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(kill(pid, 0) != 0, "The explorer (pid \(pid)) kept running after its terminal went away")
    }

    @Test func ctrlZSuspendsToTheShellAndFgRedrawsTheExplorer() async throws {
        let session = try await Self.explorerStartedFromShell()
        try session.sendKeys("C-z")
        try await session.waitFor("the shell to report the explorer stopped, with its screen gone") { screen in
            screen.contains("Stopped") && !screen.showsBoxDrawing
        }
        try session.typeLine(ShellReport.commandLine)
        let report = try await Self.waitForReport(in: session)
        #expect(report.status == 128 + Int(SIGTSTP))
        #expect(report.modes == ShellReport.saneModes, "The suspended explorer left the modes \(report.modes)")

        try session.typeLine("fg")
        try await session.waitFor("the whole explorer drawn again after fg") { $0.showsExplorer(documentCount: 5) }
        try session.sendKeys("Tab")
        try await session.waitFor("the resumed explorer to take the first key pressed, Tab, and focus the reader") {
            $0.statusBar.contains("· Reader")
        }
        try session.sendKeys("q")
        try await session.waitFor("the shell's screen back after quitting") { !$0.showsBoxDrawing }
    }

    /// An interactive `sh` in tmux that has started the explorer on seeds and shows its first frame.
    private static func explorerStartedFromShell(sourceLocation: SourceLocation = #_sourceLocation) async throws -> TmuxSession {
        let session = try TmuxSession(width: 100, height: 30, command: "sh", sourceLocation: sourceLocation)
        try session.typeLine(try DossierExecutable.commandLine(sourceLocation: sourceLocation))
        try await session.waitFor("the explorer on seeds", sourceLocation: sourceLocation) { $0.showsExplorer(documentCount: 5) }
        return session
    }

    /// Waits for the explorer's screen to give way to the shell's, then checks the exit status and
    /// the terminal modes the shell finds.
    private static func expectShellBack(in session: TmuxSession, status: Int,
                                        sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await session.waitFor("the explorer's screen to give way to the shell's", sourceLocation: sourceLocation) {
            !$0.showsBoxDrawing
        }
        try session.typeLine(ShellReport.commandLine)
        let report = try await waitForReport(in: session, sourceLocation: sourceLocation)
        #expect(report.status == status, sourceLocation: sourceLocation)
        #expect(report.modes == ShellReport.saneModes, "The explorer left the modes \(report.modes)",
                sourceLocation: sourceLocation)
        #expect(!(try session.capture().showsBoxDrawing), "Pane borders left on the shell's screen",
                sourceLocation: sourceLocation)
    }

    private static func waitForReport(in session: TmuxSession,
                                      sourceLocation: SourceLocation = #_sourceLocation) async throws -> ShellReport {
        let screen = try await session.waitFor("the shell's status and stty report", sourceLocation: sourceLocation) {
            ShellReport(screen: $0) != nil
        }
        return try #require(ShellReport(screen: screen), sourceLocation: sourceLocation)
    }
}
