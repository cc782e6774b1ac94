import Foundation

/// An exclusive advisory lock on a file, held across processes until released.
///
/// Opening an index checks its schema, may create it or throw a damaged one away; two Dossiers
/// starting together must do that one after the other, which SQLite's own locks cannot arrange
/// across the several transactions involved.
final class FileLock {
    private var descriptor: Int32

    /// Blocks until the lock on `url` (created if missing) is ours.
    init(_ url: URL) throws {
        descriptor = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IndexStoreError.cannotOpen(url.path, reason: String(cString: strerror(errno)))
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw IndexStoreError.cannotOpen(url.path, reason: "cannot lock: \(String(cString: strerror(errno)))")
            }
        }
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
