import Foundation
import Testing

/// Mistakes on the command line end with one readable line on stderr, never a crash report.
@Suite struct CommandLineErrorTests {
    @Test func missingFolderPrintsOneErrorLineAndFails() throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let missingFolder = scratch.appending(path: "no-such-folder")
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = scratch.appending(path: "cache").path

        let outcome = try ProcessOutcome.run(try DossierExecutable.locate().path, arguments: [missingFolder.path],
                                             environment: environment)

        let exitStatus = try #require(outcome.exitStatus, "dossier was killed by a signal:\n\(outcome.standardError)")
        #expect(exitStatus != 0)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1, "Expected one line on stderr, got:\n\(outcome.standardError)")
        #expect(lines.first?.hasPrefix("Error: no such folder: ") == true, "Unexpected stderr:\n\(outcome.standardError)")
        #expect(lines.first?.hasSuffix("no-such-folder") == true, "The error should name the folder:\n\(outcome.standardError)")
    }
}
