import Dispatch
import Synchronization

/// A value being computed on another thread, waited for when it is needed.
final class BackgroundResult<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let value = Mutex<Value?>(nil)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = work()
            value.withLock { $0 = result }
            done.signal()
        }
    }

    /// Blocks until the value is ready.
    func wait() -> Value {
        done.wait()
        return value.withLock { $0! }
    }
}
