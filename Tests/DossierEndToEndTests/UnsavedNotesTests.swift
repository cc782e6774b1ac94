import Foundation
import Testing

/// Notes written where they cannot be saved, by a user who is not root: kept, marked unsaved,
/// saved with `W` once the folder can be written, and offered a file of their own on quitting.
@Suite struct UnsavedNotesTests {
    @Test func notesInAReadOnlyCorpusAreKeptSavedLaterAndWrittenElsewhereOnQuitting() async throws {
        let prefix = try UnprivilegedUser.commandPrefix()
        let scratch = try UnprivilegedUser.writableFolder("dossier-e2e-readonly")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The corpus belongs to root and is only readable by others, as a shared folder of documents would be.
        let corpus = scratch.appending(path: "corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in ["002_5f4c54cc68c0ed8a.txt", "003_f14e3d773add1806.txt"] {
            try FileManager.default.copyItem(at: DossierExecutable.seeds.appending(path: name), to: corpus.appending(path: name))
        }
        chmod(corpus.path, 0o755)
        let state = scratch.appending(path: "state"), config = scratch.appending(path: "config")
        let explorer = (prefix + ["env", "XDG_STATE_HOME=\(state.path)", "XDG_CONFIG_HOME=\(config.path)",
                                  try DossierExecutable.locate().path, corpus.path, "--index", scratch.appending(path: "index.sqlite").path])
            .map(\.shellQuoted).joined(separator: " ")
        let session = try TmuxSession(width: 120, height: 40, command: "sh -c \("\(explorer); echo exit-status=$?; sleep 60".shellQuoted)")
        try await session.waitFor("the explorer", timeout: .seconds(60)) { $0.showsExplorer(documentCount: 2) }

        try session.sendKeys("2", "a")
        try session.typeLine("first note")
        try await session.waitFor("the note kept unsaved") { $0.contains("1 note kept but not saved") }
        try session.sendKeys("'")
        try await session.waitFor("the list marking it") { $0.contains("first note · unsaved: W tries again") }
        try session.sendKeys("Escape")

        chmod(corpus.path, 0o777)
        try session.sendKeys("W")
        try await session.waitFor("the note saved") { $0.contains("Saved 1 change in .dossier/notes.json") }
        let notesFile = corpus.appending(path: ".dossier/notes.json")
        #expect(try String(contentsOf: notesFile, encoding: .utf8).contains("\"note\" : \"first note\""))

        chmod(corpus.path, 0o755)
        chmod(notesFile.deletingLastPathComponent().path, 0o555)
        try session.sendKeys("a", "C-u")
        try session.typeLine("second thoughts")
        try await session.waitFor("the edit kept unsaved") { $0.contains("1 note kept but not saved") }
        try session.sendKeys("q")
        try await session.waitFor("the offer of a file") { $0.contains("Enter write and quit") }
        try session.sendKeys("Enter")
        let screen = try await session.waitFor("the explorer ending") { $0.contains("exit-status=0") }
        #expect(screen.contains("1 unsaved note written to \(state.path)/dossier/unsaved-notes-"))
        let rescued = try FileManager.default.contentsOfDirectory(at: state.appending(path: "dossier"), includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("unsaved-notes-") }
        #expect(rescued.count == 1)
        #expect(try rescued.first.map { try String(contentsOf: $0, encoding: .utf8) }?.contains("\"note\" : \"second thoughts\"") == true)
        #expect(try String(contentsOf: notesFile, encoding: .utf8).contains("\"note\" : \"first note\""), "the file that could not be written is as it was")
    }

    /// A signal leaves no time to ask: the unsaved note goes to a new file in the state folder, and
    /// the shell is told where.
    @Test func aSignalWritesUnsavedNotesToTheStateFolder() async throws {
        let prefix = try UnprivilegedUser.commandPrefix()
        let scratch = try UnprivilegedUser.writableFolder("dossier-e2e-signal")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let corpus = scratch.appending(path: "corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in ["002_5f4c54cc68c0ed8a.txt", "003_f14e3d773add1806.txt"] {
            try FileManager.default.copyItem(at: DossierExecutable.seeds.appending(path: name), to: corpus.appending(path: name))
        }
        chmod(corpus.path, 0o755)
        let state = scratch.appending(path: "state"), pidFile = scratch.appending(path: "pid")
        let explorer = (prefix + ["env", "XDG_STATE_HOME=\(state.path)", "XDG_CONFIG_HOME=\(scratch.appending(path: "config").path)",
                                  try DossierExecutable.locate().path, corpus.path, "--index", scratch.appending(path: "index.sqlite").path])
            .map(\.shellQuoted).joined(separator: " ")
        let inner = "echo $$ > \(pidFile.path.shellQuoted); exec \(explorer)"
        let session = try TmuxSession(width: 120, height: 40, command: "sh -c \("sh -c \(inner.shellQuoted); echo exit-status=$?; sleep 60".shellQuoted)")
        try await session.waitFor("the explorer", timeout: .seconds(60)) { $0.showsExplorer(documentCount: 2) }
        try session.sendKeys("2", "a")
        try session.typeLine("do not lose me")
        try await session.waitFor("the note kept unsaved") { $0.contains("1 note kept but not saved") }
        let pid = try #require(pid_t(try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        let screen = try await session.waitFor("the explorer ending") { $0.contains("exit-status=143") }
        #expect(screen.contains("1 unsaved note written to \(state.path)/dossier/unsaved-notes-"))
        let rescued = try FileManager.default.contentsOfDirectory(at: state.appending(path: "dossier"), includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("unsaved-notes-") }
        #expect(try rescued.first.map { try String(contentsOf: $0, encoding: .utf8) }?.contains("\"note\" : \"do not lose me\"") == true)
    }
}
