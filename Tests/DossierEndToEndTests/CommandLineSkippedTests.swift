import Foundation
import Testing

/// Files and folders left out of the index are named by `dossier index` and `dossier skipped`, and
/// names with control characters never reach the terminal raw nor break a table's lines.
@Suite struct CommandLineSkippedTests {
    @Test func anUnreadableFolderIsNamedByIndexAndSkippedForAUserWhoCannotReadIt() throws {
        let prefix = try UnprivilegedUser.commandPrefix()
        let scratch = try UnprivilegedUser.writableFolder("dossier-e2e-skipped")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let corpus = scratch.appending(path: "corpus")
        try FileManager.default.createDirectory(at: corpus.appending(path: "private"), withIntermediateDirectories: true)
        try "A readable document.".write(to: corpus.appending(path: "open.txt"), atomically: true, encoding: .utf8)
        try "A private document.".write(to: corpus.appending(path: "private/secret.txt"), atomically: true, encoding: .utf8)
        chmod(corpus.path, 0o755)
        chmod(corpus.appending(path: "private").path, 0o700)
        let index = scratch.appending(path: "index.sqlite").path
        func dossier(_ arguments: String...) throws -> ProcessOutcome {
            let command = prefix + [try DossierExecutable.locate().path] + arguments + ["--index", index]
            return try ProcessOutcome.run(command[0], arguments: Array(command.dropFirst()), environment: ProcessInfo.processInfo.environment)
        }

        let indexed = try dossier("index", corpus.path)
        #expect(indexed.exitStatus == 0, "\(indexed.standardError)")
        #expect(indexed.standardOutput.contains("1 documents"))
        #expect(indexed.standardOutput.contains("left out\tprivate/\tfolder cannot be read: permission denied\n"), "\(indexed.standardOutput)")
        #expect(indexed.standardError.contains("Left out 1 folder: private/ (folder cannot be read: permission denied)"))

        let skipped = try dossier("skipped", "--corpus", corpus.path, "--json", "--quiet")
        #expect(skipped.exitStatus == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(skipped.standardOutput.utf8)) as? [[String: String]]
        #expect(entries == [["path": "private/", "reason": "folder cannot be read: permission denied"]])
    }

    @Test func namesWithControlCharactersArePrintedEscapedOneDocumentALine() throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let names = ["colour\u{1B}[31mred.txt", "tab\there.txt", "two\nlines.txt"]
        for name in names {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try "A short document.".write(to: scratch.appending(path: name), atomically: true, encoding: .utf8)
        }
        #expect(mkfifo(scratch.appending(path: "pipe\u{1B}]0;title\u{7}.txt").path, 0o644) == 0)
        let docs = try DossierExecutable.run(["docs", "--corpus", scratch.path])
        #expect(docs.exitStatus == 0)
        let lines = docs.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.map { $0.split(separator: "\t").first.map(String.init) } == [#"colour\x1B[31mred.txt"#, #"tab\there.txt"#, #"two\nlines.txt"#])
        #expect(lines.allSatisfy { $0.split(separator: "\t").count == 4 }, "one document a line, four fields:\n\(docs.standardOutput)")
        #expect(!docs.standardOutput.contains("\u{1B}") && !docs.standardError.contains("\u{1B}"), "no escape reaches the terminal")
        #expect(docs.standardError.contains(#"pipe\x1B]0;title\x07.txt (is a FIFO"#))
        let json = try DossierExecutable.run(["docs", "--corpus", scratch.path, "--json", "--quiet"])
        let entries = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(entries?.compactMap { $0["doc"] as? String } == names, "JSON keeps the names as they are, escaped by JSON's rules")
    }

    @Test func theExplorersStatusLineNamesWhatWasLeftOut() async throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: DossierExecutable.seeds.appending(path: "002_5f4c54cc68c0ed8a.txt"), to: scratch.appending(path: "a.txt"))
        #expect(mkfifo(scratch.appending(path: "pipe.txt").path, 0o644) == 0)
        try "[entities.merge]\n\"Nobody At All\" = \"Iran\"\n".write(to: scratch.appending(path: "dossier.toml"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 200, height: 40, command: "\(try DossierExecutable.locate().path.shellQuoted) \(scratch.path.shellQuoted)")
        let screen = try await session.waitFor("the notice", timeout: .seconds(60)) { $0.contains("Left out 1 file: pipe.txt (is a FIFO (named pipe)") }
        #expect(screen.contains("Nobody At All"), "a dossier.toml note does not hide it")
    }
}
