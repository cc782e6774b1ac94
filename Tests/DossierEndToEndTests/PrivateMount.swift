import Foundation
import Testing

/// Runs a shell script in a mount namespace of its own, so that it can mount a small tmpfs that no
/// other process sees and that goes away with it: a real full disk for a test.
enum PrivateMount {
    /// Runs `script` with `sh -c` in a new mount namespace (see ``command(_:)``).
    static func run(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessOutcome {
        let command = try command(script, sourceLocation: sourceLocation)
        return try ProcessOutcome.run(command[0], arguments: Array(command.dropFirst()), environment: ProcessInfo.processInfo.environment)
    }

    /// The command that runs `script` with `sh -c` in a new mount namespace: as root with `unshare -m`,
    /// else in a user namespace of its own (`unshare -rm`). Fails the test, never skips it, when
    /// neither can mount a tmpfs.
    static func command(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let unshare = try #require(["/usr/bin/unshare", "/bin/unshare"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "unshare (util-linux) is needed to mount a small tmpfs for this test", sourceLocation: sourceLocation)
        let probe = "mkdir -p /tmp/dossier-probe-$$ && mount -t tmpfs -o size=64k tmpfs /tmp/dossier-probe-$$; status=$?; umount /tmp/dossier-probe-$$ 2>/dev/null; rmdir /tmp/dossier-probe-$$; exit $status"
        for flags in ["-m", "-rm"] {
            let check = try ProcessOutcome.run(unshare, arguments: [flags, "/bin/sh", "-c", probe], environment: ProcessInfo.processInfo.environment)
            if check.exitStatus == 0 { return [unshare, flags, "/bin/sh", "-c", script] }
        }
        Issue.record("could not mount a tmpfs in a private mount namespace (unshare -m or -rm); this test needs one", sourceLocation: sourceLocation)
        throw CancellationError()
    }
}
