/// Why the terminal could not be taken over, worded for the one line a user sees.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    case notATerminal
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the explorer needs an interactive terminal; for scripts use `dossier docs` or `dossier show`"
        case .cannotStart(let term):
            return "cannot start the terminal interface for TERM=\(term); try TERM=xterm-256color"
        }
    }
}
