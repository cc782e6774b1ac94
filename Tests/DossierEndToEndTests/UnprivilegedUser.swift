import Foundation
import Testing

/// Runs commands as a user other than root, so that a read-only folder is read-only: the tests run
/// as root here and in CI, and root writes everywhere.
enum UnprivilegedUser {
    /// nobody's user and group id on Debian and most Linux systems.
    static let id = 65534

    /// The words that run a command without root's privileges: none when the tests already run as
    /// another user, else `setpriv` to nobody. Fails the test (never skips it) when that cannot be
    /// done, or when nobody cannot run the built binary.
    static func commandPrefix(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        guard getuid() == 0 else { return [] }
        let setpriv = try #require(["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "setpriv (util-linux) is needed to drop root's privileges for this test", sourceLocation: sourceLocation)
        let prefix = [setpriv, "--reuid=\(id)", "--regid=\(id)", "--clear-groups", "--"]
        let binary = try DossierExecutable.locate(sourceLocation: sourceLocation)
        let check = try ProcessOutcome.run(setpriv, arguments: Array(prefix.dropFirst()) + ["/bin/sh", "-c", "id -u && \(binary.path.shellQuoted) --version"],
                                           environment: ProcessInfo.processInfo.environment)
        try #require(check.exitStatus == 0 && check.standardOutput.hasPrefix("\(id)\n"),
                     "could not run dossier as user \(id): \(check.standardOutput) \(check.standardError)", sourceLocation: sourceLocation)
        return prefix
    }

    /// A new folder under the temporary directory that the unprivileged user may write in.
    static func writableFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o777)
        return folder
    }
}
