import Foundation
import Testing

/// Bookmarks and notes as the reader shows them in a real terminal.
@Suite struct NoteMarkScreenTests {
    @Test func aBookmarkAndANoteAreMarkedInTheGutterAndTheNoteShowsInTheStatusBar() async throws {
        let corpus = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-notes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: DossierExecutable.seeds.appending(path: "000_fd1fe431e2db35de.txt"),
                                         to: corpus.appending(path: "000_fd1fe431e2db35de.txt"))
        let command = "\(try DossierExecutable.locate().path.shellQuoted) \(corpus.path.shellQuoted)"
        let session = try TmuxSession(width: 120, height: 40, command: command)
        try await session.waitFor("the explorer") { $0.rows.first?.contains("Documents (1)") == true && $0.contains("Russia’s invasion") }
        // The reader's text starts four columns after its border: the gutter's mark, a claim's two, a space.
        let sentence = "Russia’s invasion of Ukraine has turned"
        try session.sendKeys("2", "B")
        try await session.waitFor("the bookmark's mark beside the first sentence") { screen in
            screen.rows.contains { $0.contains("┃•") && $0.contains(sentence) }
        }
        try session.sendKeys("a")
        try session.typeLine("check the sanctions count")
        try await session.waitFor("the note saved") { $0.statusBar.contains("Note saved") }
        // Ctrl-L redraws and clears the message, which the note's text then replaces.
        try session.sendKeys("C-l")
        let noted = try await session.waitFor("the note's mark, and the note in the status bar") { screen in
            screen.rows.contains { $0.contains("┃✎") && $0.contains(sentence) } && screen.statusBar.hasPrefix(" ✎ check the sanctions count")
        }
        #expect(!noted.rows.contains { $0.contains("┃•") }, "the note replaced the bookmark's mark:\n\(noted)")
    }
}
