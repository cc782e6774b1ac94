import Foundation

/// An exclusive advisory lock on a file, held across processes until released.
///
/// Opening an index checks its schema, may create it or throw a damaged one away; two Dossiers
/// starting together must do that one after the other, which SQLite's own locks cannot arrange
/// across the several transactions involved. A sync holds another such lock from start to end,
/// so that two never interleave their batches. Separate opens of one file lock each other out
/// even within a process, so two threads are kept apart as two processes are.
final class FileLock: @unchecked Sendable {
    private var descriptor: Int32

    /// Blocks until the lock on `url` (created if missing) is ours; when another holder makes it
    /// wait, `waiting` is called once first.
    init(_ url: URL, waiting: () -> Void = {}) throws {
        descriptor = try Self.openFile(url)
        guard !Self.lock(descriptor, blocking: false) else { return }
        waiting()
        guard Self.lock(descriptor, blocking: true) else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw IndexStoreError.cannotOpen(url.path, reason: "cannot lock: \(reason)")
        }
    }

    /// The lock on `url` when no one else holds it, else nil at once.
    static func ifFree(_ url: URL) throws -> FileLock? {
        let lock = try FileLock(descriptor: openFile(url))
        guard Self.lock(lock.descriptor, blocking: false) else { return nil }
        return lock
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    private static func openFile(_ url: URL) throws -> Int32 {
        let descriptor = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IndexStoreError.cannotOpen(url.path, reason: String(cString: strerror(errno)))
        }
        return descriptor
    }

    /// Whether the lock was taken; without `blocking`, false when another holds it.
    private static func lock(_ descriptor: Int32, blocking: Bool) -> Bool {
        while flock(descriptor, blocking ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            guard errno == EINTR else { return false }
        }
        return true
    }

    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}
