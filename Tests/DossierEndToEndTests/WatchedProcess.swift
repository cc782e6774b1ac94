import Foundation

/// A child process whose standard error the test reads line by line while it runs, and which the
/// test may kill at a moment it chooses, as a user or the system would.
final class WatchedProcess {
    let pid: pid_t
    private let output: CloseOnExecPipe
    private let errors: CloseOnExecPipe
    private var pending = Data()
    /// Every line of standard error read so far.
    private(set) var errorLines: [String] = []
    private var exitStatus: Int32?

    init(_ executable: String, arguments: [String], environment: [String: String]) throws {
        (pid, output, errors) = try ProcessOutcome.spawnLock.withLock {
            let output = try CloseOnExecPipe()
            let errors = try CloseOnExecPipe()
            let pid = try ProcessOutcome.spawn(executable, arguments: arguments, environment: environment, output: output, errors: errors)
            return (pid, output, errors)
        }
        output.closeWriteEnd()
        errors.closeWriteEnd()
    }

    /// Reads standard error until a line satisfies `predicate` and returns it, or nil at end of file.
    func waitForErrorLine(where predicate: (String) -> Bool) -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                errorLines.append(line)
                if predicate(line) { return line }
                continue
            }
            let chunk = errors.readAvailable()
            if chunk.isEmpty { return nil }
            pending.append(chunk)
        }
    }

    func kill(_ signal: Int32) {
        Glibc.kill(pid, signal)
    }

    /// Waits for the process to end and returns how, with whatever it printed that was not read yet.
    func finish() throws -> ProcessOutcome {
        _ = waitForErrorLine { _ in false }
        let standardOutput = output.readToEnd()
        let status = try ProcessOutcome.waitForExit(of: pid)
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : nil
        return ProcessOutcome(exitStatus: exitStatus, standardOutput: standardOutput,
                              standardError: (errorLines + [String(decoding: pending, as: UTF8.self)]).joined(separator: "\n"))
    }
}
