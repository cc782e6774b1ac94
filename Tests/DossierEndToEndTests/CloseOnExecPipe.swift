import Foundation

/// A pipe whose descriptors close on exec, so children only see the end that is explicitly
/// duplicated onto their standard output or error. Create it under `ProcessOutcome`'s spawn lock:
/// Glibc's Swift module hides `pipe2`, so the flag is set just after the pipe exists.
final class CloseOnExecPipe {
    private let readEnd: Int32
    private(set) var writeEnd: Int32

    init() throws {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
        readEnd = descriptors[0]
        writeEnd = descriptors[1]
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    }

    /// Closes our copy of the write end; the reader sees end of file once the child's copies close too.
    func closeWriteEnd() {
        guard writeEnd >= 0 else { return }
        close(writeEnd)
        writeEnd = -1
    }

    /// What is in the pipe now, waiting for some when it is empty; empty at end of file.
    func readAvailable() -> Data {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            if count >= 0 { return Data(buffer[0..<count]) }
            if errno != EINTR { return Data() }
        }
    }

    func readToEnd() -> String {
        let handle = FileHandle(fileDescriptor: readEnd, closeOnDealloc: false)
        return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
    }

    deinit {
        closeWriteEnd()
        close(readEnd)
    }
}
