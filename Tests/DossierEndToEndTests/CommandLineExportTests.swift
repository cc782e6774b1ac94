import Foundation
import Testing

/// `dossier export` on the sample corpus: each format on standard output or in a file, and a
/// format it does not know named in one clear error.
@Suite struct CommandLineExportTests {
    private func export(_ arguments: [String]) throws -> ProcessOutcome {
        try DossierExecutable.run(["export", "--corpus", DossierExecutable.seeds.path, "--quiet"] + arguments)
    }

    @Test func jsonIsOneObjectWithConflictsFirst() throws {
        let outcome = try export(["--format", "json"])
        #expect(outcome.exitStatus == 0, "\(outcome.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect((object["documents"] as? [Any])?.count == 5)
        let references = try #require(object["cross_references"] as? [[String: Any]])
        let relations = references.compactMap { $0["relation"] as? String }
        #expect(!relations.isEmpty)
        #expect(relations == relations.sorted { ($0 == "conflict" ? 0 : 1) < ($1 == "conflict" ? 0 : 1) }, "conflicts come first")
        #expect(object["notes"] is [Any])
    }

    @Test func outWritesTheFileAndItsExtensionCanChooseTheFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "dossier-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let briefing = folder.appending(path: "briefing.md"), table = folder.appending(path: "table.out")
        let markdown = try export(["--out", briefing.path])
        #expect(markdown.exitStatus == 0, "\(markdown.standardError)")
        #expect(markdown.standardOutput.isEmpty)
        #expect(try String(contentsOf: briefing, encoding: .utf8).hasPrefix("# Briefing: seeds\n"))
        let csv = try export(["--format", "csv", "--out", table.path])
        #expect(csv.exitStatus == 0, "\(csv.standardError)")
        #expect(try String(contentsOf: table, encoding: .utf8).hasPrefix("section,item,detail,count,document,date,sentence,"))
    }

    @Test func anUnknownOrMissingFormatIsAClearError() throws {
        let unknown = try export(["--format", "pdf"])
        #expect(unknown.exitStatus != 0)
        #expect(unknown.standardError.contains("'pdf' is invalid for '--format"))
        #expect(unknown.standardError.contains("'md', 'json' or 'csv'"))
        let missing = try export([])
        #expect(missing.exitStatus != 0)
        #expect(missing.standardError.contains("say which format to write with --format md, json or csv"))
        #expect(missing.standardOutput.isEmpty)
    }
}
