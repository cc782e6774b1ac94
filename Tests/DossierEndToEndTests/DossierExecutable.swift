import Foundation
import Testing

/// Where the end-to-end tests find the debug `dossier` build and the sample corpus, both relative
/// to this package's checkout.
enum DossierExecutable {
    /// Three levels up from this file, which lives in Tests/DossierEndToEndTests/.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The five sample articles the tests expect to see listed.
    static let seeds = packageRoot.appending(path: "seeds")

    /// The built binary. A missing one fails the test here, because otherwise every test would
    /// only time out waiting for a screen that never comes.
    static func locate(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let binary = packageRoot.appending(path: ".build/debug/dossier")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path),
                     "No dossier binary at \(binary.path); build it with `swift build` or run `make test`",
                     sourceLocation: sourceLocation)
        return binary
    }

    /// Runs dossier with a private cache and returns what it did.
    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessOutcome {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = scratch.appending(path: "cache").path
        environment["NO_COLOR"] = nil
        return try ProcessOutcome.run(try locate(sourceLocation: sourceLocation).path, arguments: arguments, environment: environment)
    }

    /// A shell command line that runs the explorer on the seeds.
    static func commandLine(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let binary = try locate(sourceLocation: sourceLocation)
        return "\(binary.path.shellQuoted) \(seeds.path.shellQuoted)"
    }
}
