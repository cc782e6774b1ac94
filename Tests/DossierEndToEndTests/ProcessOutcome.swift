import Foundation

/// How a child process ended and what it printed.
///
/// Children are started with `posix_spawn` rather than Foundation's `Process`, which on Linux
/// notices a child's exit through a socket the child inherits: the tmux server that
/// `tmux new-session` leaves behind inherits it too, and `waitUntilExit()` then never returns
/// (swift-corelibs-foundation#4795).
struct ProcessOutcome {
    /// The exit status, or nil when a signal killed the process.
    let exitStatus: Int32?
    let standardOutput: String
    let standardError: String

    /// Held from creating a child's pipes to spawning it. A pipe only becomes close-on-exec a
    /// moment after it is made; a tmux server spawned by a parallel test in that moment would keep
    /// its write end open for good, and our read would never see end of file.
    static let spawnLock = NSLock()

    /// Runs `executable` to completion with standard input from /dev/null.
    static func run(_ executable: String, arguments: [String], environment: [String: String]) throws -> ProcessOutcome {
        let (pid, output, errors) = try spawnLock.withLock {
            let output = try CloseOnExecPipe()
            let errors = try CloseOnExecPipe()
            let pid = try spawn(executable, arguments: arguments, environment: environment, output: output, errors: errors)
            return (pid, output, errors)
        }
        output.closeWriteEnd()
        errors.closeWriteEnd()
        let standardOutput = output.readToEnd()
        let standardError = errors.readToEnd()
        let status = try waitForExit(of: pid)
        // The low seven bits hold the killing signal, zero for a normal exit with its code above them.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : nil
        return ProcessOutcome(exitStatus: exitStatus, standardOutput: standardOutput, standardError: standardError)
    }

    static func spawn(_ executable: String, arguments: [String], environment: [String: String],
                              output: CloseOnExecPipe, errors: CloseOnExecPipe) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.writeEnd, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errors.writeEnd, STDERR_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        resetSignals(in: &attributes)
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        var pid = pid_t()
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        return pid
    }

    /// Gives the child no blocked signals and default handlers. The test runs on a dispatch thread
    /// that blocks nearly every signal; a tmux server inheriting that mask never notices its panes
    /// exit, so `kill-server` would leave it running.
    private static func resetSignals(in attributes: inout posix_spawnattr_t) {
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }

    static func waitForExit(of pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
        }
        return status
    }
}
