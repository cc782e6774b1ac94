import Foundation
import Testing

/// `dossier index` and the one-shot commands as a user and a script see them: progress, a build
/// killed and started again, answers from the index as it is, and nothing done without a folder.
@Suite struct CommandLineIndexingTests {
    /// A scratch folder with a copy of the seeds under several names, and a private cache.
    final class Scratch {
        let base = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-\(UUID().uuidString)")
        var corpus: URL { base.appending(path: "corpus") }
        var cache: URL { base.appending(path: "cache") }

        /// `copies` copies of each seed, each with a closing line of its own so no two files are alike.
        init(copies: Int = 1) throws {
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            let seeds = try FileManager.default.contentsOfDirectory(atPath: DossierExecutable.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
            for copy in 1...copies {
                for seed in seeds {
                    let text = try String(contentsOf: DossierExecutable.seeds.appending(path: seed), encoding: .utf8)
                    try (text + "\n\nCopy \(copy) was filed on \(copy) March 2024.\n").write(to: corpus.appending(path: "\(copy)-\(seed)"),
                                                                                           atomically: true, encoding: .utf8)
                }
            }
        }

        deinit {
            try? FileManager.default.removeItem(at: base)
        }

        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_CACHE_HOME"] = cache.path
            return environment
        }

        func dossier(_ arguments: [String]) throws -> ProcessOutcome {
            try ProcessOutcome.run(try DossierExecutable.locate().path, arguments: arguments, environment: environment)
        }

        func start(_ arguments: [String]) throws -> WatchedProcess {
            try WatchedProcess(try DossierExecutable.locate().path, arguments: arguments, environment: environment)
        }

        /// The index files in the cache.
        var indexFiles: [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: cache.appending(path: "dossier").path)) ?? []
        }
    }

    /// The lines of `dossier index` that count what the index holds.
    private static func counts(in output: String) -> [String] {
        output.split(separator: "\n").filter { $0.contains(" documents, ") || $0.hasPrefix("found: ") }.map { $0.split(separator: ": ").last.map(String.init) ?? "" }
    }

    @Test func aBuildKilledInEachPhaseIsFinishedByTheNextRunWithTheSameCounts() throws {
        let whole = try Scratch(copies: 4)
        let uninterrupted = try whole.dossier(["index", whole.corpus.path, "--batch-size", "4"])
        #expect(uninterrupted.exitStatus == 0, "\(uninterrupted.standardError)")
        let expected = Self.counts(in: uninterrupted.standardOutput)
        #expect(expected.count == 2 && !expected[1].contains(" 0 cross-references"), "\(uninterrupted.standardOutput)")

        let scratch = try Scratch(copies: 4)
        for (phase, percent) in [("text", 40), ("entities", 20), ("entities", 60), ("dates", 40), ("claims", 20), ("claims", 60)] {
            let build = try scratch.start(["index", scratch.corpus.path, "--batch-size", "4"])
            let seen = build.waitForErrorLine { line in
                line.hasPrefix("\(phase): ") && (Int(line.dropFirst(phase.count + 2).prefix { $0.isNumber }) ?? 0) >= percent
            }
            build.kill(SIGKILL)
            let killed = try build.finish()
            #expect(seen != nil && killed.exitStatus == nil, "The build should be killed in \(phase) at \(percent)%:\n\(killed.standardError)")
        }
        let resumed = try scratch.dossier(["index", scratch.corpus.path, "--batch-size", "4"])
        #expect(resumed.exitStatus == 0, "\(resumed.standardError)")
        #expect(Self.counts(in: resumed.standardOutput) == expected, "Resumed:\n\(resumed.standardOutput)\nUninterrupted:\n\(uninterrupted.standardOutput)")
        #expect(resumed.standardOutput.contains("phases this run: text 0, entities 0, dates 0, claims ") && !resumed.standardOutput.contains("claims 0 documents"),
                "The last run should only have linked the claims the killed one left undone:\n\(resumed.standardOutput)")
    }

    @Test func pipedProgressIsPlainLinesForEveryPhase() throws {
        let scratch = try Scratch()
        let outcome = try scratch.dossier(["index", scratch.corpus.path])
        #expect(outcome.exitStatus == 0)
        for phase in ["text", "entities", "dates", "claims"] {
            #expect(outcome.standardError.contains("\(phase): 100%"), "No end of \(phase) in:\n\(outcome.standardError)")
        }
        #expect(!outcome.standardError.contains("\r") && !outcome.standardError.contains("\u{1B}["))
        #expect(try scratch.dossier(["index", scratch.corpus.path, "--quiet"]).standardError.isEmpty)
    }

    @Test func progressOnATerminalIsABarPerPhase() async throws {
        let scratch = try Scratch()
        let binary = try DossierExecutable.locate()
        let session = try TmuxSession(width: 120, height: 20, command: "\(binary.path.shellQuoted) index \(scratch.corpus.path.shellQuoted); sleep 600")
        let screen = try await session.waitFor("four finished bars", timeout: .seconds(30)) { screen in
            ["text", "entities", "dates", "claims"].allSatisfy { phase in
                screen.rows.contains { $0.hasPrefix(phase) && $0.contains("[████████████████████████] 100%") }
            }
        }
        #expect(screen.contains("5 documents, "), "The counts follow the bars:\n\(screen)")
    }

    @Test func oneShotCommandsAnswerFromTheIndexAndSayWhatChangedSince() throws {
        let scratch = try Scratch()
        #expect(try scratch.dossier(["index", scratch.corpus.path]).exitStatus == 0)
        try "A zanzibarian word appears only here.".write(to: scratch.corpus.appending(path: "new.txt"), atomically: true, encoding: .utf8)
        let search = try scratch.dossier(["search", "zanzibarian", "--corpus", scratch.corpus.path])
        #expect(search.exitStatus == 1, "The new file is not indexed by a search:\n\(search.standardOutput)")
        #expect(search.standardError.contains("note: 1 file changed since the index was built (1 new); `dossier index` brings it up to date"),
                "\(search.standardError)")
        #expect(try scratch.dossier(["index", scratch.corpus.path]).exitStatus == 0)
        #expect(try scratch.dossier(["search", "zanzibarian", "--corpus", scratch.corpus.path]).exitStatus == 0)
    }

    @Test func withoutAFolderOrSeedsDossierPrintsItsUsageAndIndexesNothing() throws {
        let scratch = try Scratch()
        let empty = scratch.base.appending(path: "empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try "Some text.".write(to: empty.appending(path: "stray.txt"), atomically: true, encoding: .utf8)
        let outcome = try ProcessOutcome.run("/bin/sh", arguments: ["-c", "cd \(empty.path.shellQuoted) && exec \(try DossierExecutable.locate().path.shellQuoted)"],
                                             environment: scratch.environment)
        #expect(outcome.exitStatus != 0)
        #expect(outcome.standardError.contains("no folder given"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("USAGE"), "\(outcome.standardError)")
        #expect(scratch.indexFiles.isEmpty, "Nothing should be indexed: \(scratch.indexFiles)")
    }

    @Test func theExplorerWithoutATerminalStopsBeforeIndexing() throws {
        let scratch = try Scratch()
        let outcome = try scratch.dossier([scratch.corpus.path])
        #expect(outcome.exitStatus != 0)
        #expect(outcome.standardError.contains("needs an interactive terminal"), "\(outcome.standardError)")
        #expect(scratch.indexFiles.isEmpty, "Nothing should be indexed: \(scratch.indexFiles)")
    }
}
