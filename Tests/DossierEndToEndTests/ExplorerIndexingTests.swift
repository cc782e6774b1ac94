import DossierIndex
import Foundation
import Testing

/// The explorer opens at once on a corpus it has never indexed, lists its files while the phases
/// run behind the first frame, and leaves at any moment with the index consistent.
@Suite struct ExplorerIndexingTests {
    static let fileCount = 20_000

    /// `count` short articles in folders of a thousand, each naming a place, a person and a date.
    /// Written with the system calls directly: Foundation's file and URL calls in a debug build
    /// took two minutes for twenty thousand files.
    private static func makeCorpus(in folder: String, count: Int) throws {
        for index in 0..<count {
            let subfolder = folder + "/part-\(index / 1_000)"
            if index % 1_000 == 0 { try #require(mkdir(subfolder, 0o755) == 0 || errno == EEXIST) }
            let text = """
                Report \(index) from the council

                The council of Northfield met on \(index % 28 + 1) May 2004 to discuss budget number \(index). \
                Mayor Alice Turner said spending would rise by \(index % 9 + 1)% next year.
                """
            let descriptor = open(subfolder + "/report-\(index).txt", O_CREAT | O_WRONLY | O_TRUNC, 0o644)
            try #require(descriptor >= 0)
            _ = text.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
            close(descriptor)
        }
    }

    @Test func twentyThousandFilesAreListedWhileAPhaseRunsAndQLeavesWithTheIndexConsistent() async throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-\(UUID().uuidString)")
        defer { _ = try? ProcessOutcome.run("/bin/rm", arguments: ["-rf", scratch.path], environment: [:]) }
        let corpus = scratch.appending(path: "reports")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Self.makeCorpus(in: corpus.path, count: Self.fileCount)
        let binary = try DossierExecutable.locate()
        let session = try TmuxSession(width: 120, height: 30, command: "\(binary.path.shellQuoted) \(corpus.path.shellQuoted); echo explorer-ended-$?; sleep 600")
        let listed = try await session.waitFor("the 20,000 files listed while a phase runs", timeout: .seconds(30)) { screen in
            // A percent above zero: at least one batch is in the index before q comes.
            screen.rows.first?.contains("Documents (20000)") == true
                && screen.statusBar.contains(/(text|entities): [1-9]/)
        }
        #expect(listed.contains("Report 0 from the council"), "The first file opens at once, read from disk:\n\(listed)")
        try session.sendKeys("q")
        try await session.waitFor("the explorer gone after q") { $0.contains("explorer-ended-0") }

        let index = try #require(FileManager.default.contentsOfDirectory(atPath: session.scratchDirectory.appending(path: "cache/dossier").path)
            .first { $0.hasSuffix(".sqlite") })
        let store = try IndexStore.open(at: session.scratchDirectory.appending(path: "cache/dossier/\(index)")).store
        let status = try Corpus(root: corpus, store: store).indexStatus()
        #expect(status.documents > 0 && status.unfinishedPhase != nil, "q came while indexing ran, which left it unfinished: \(status)")
        #expect(status.through[.text] == status.documents, "Every document in the index has its text")
    }
}
