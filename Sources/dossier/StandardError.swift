import Foundation

/// Writes lines to standard error.
enum StandardError {
    static func write(_ line: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((line + terminator).utf8))
    }

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
