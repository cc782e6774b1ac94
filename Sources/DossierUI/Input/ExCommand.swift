import DossierIndex

/// A command typed at the `:` prompt, read by ``ExCommand/parse(_:)``.
public enum ExCommand: Sendable, Equatable {
    /// Open the document whose path or title contains the text.
    case open(String)
    /// Keep only the documents that match a query in the search language; empty shows them all.
    case filter(String)
    /// Switch to the theme of this name.
    case theme(String)
    /// Write the corpus's briefing to a file in the format its extension names; `replacing` an
    /// existing file only when asked with `export!`.
    case export(path: String, format: ExportFormat, replacing: Bool)
    /// Show the key help.
    case help
    case quit
    /// Any command of the keymap, by its dotted name.
    case keymap(Command)

    /// The names the prompt completes, without the keymap's dotted ones.
    public static let names = ["open", "filter", "theme", "export", "help", "q", "quit"]

    /// Reads `open report`, `filter sanctions -oil`, `help`, `q` or a dotted command name; the
    /// error says what was wrong, for the status bar.
    public static func parse(_ text: String) -> Result<ExCommand, ExCommandError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case "": return .failure(ExCommandError("Type a command: open, filter, theme, export, help, q, or a key command such as focus.timeline"))
        case "open", "o":
            return argument.isEmpty ? .failure(ExCommandError(":open needs part of a document's path or title")) : .success(.open(argument))
        case "filter", "f": return .success(.filter(argument))
        case "theme":
            return argument.isEmpty ? .failure(ExCommandError(":theme needs a theme's name; Tab lists them")) : .success(.theme(argument))
        case "export", "export!": return export(argument, replacing: name == "export!")
        case "help", "h": return .success(.help)
        case "q", "quit": return .success(.quit)
        default:
            guard let command = Command(rawValue: name) else { return .failure(ExCommandError("Unknown command :\(name); :help lists the commands")) }
            return .success(.keymap(command))
        }
    }
}

extension ExCommand {
    private static func export(_ path: String, replacing: Bool) -> Result<ExCommand, ExCommandError> {
        guard !path.isEmpty, let format = ExportFormat(fileName: path) else {
            return .failure(ExCommandError(":export needs a file name ending in .md, .json or .csv"))
        }
        return .success(.export(path: path, format: format, replacing: replacing))
    }
}

/// Why a `:` command could not be read.
public struct ExCommandError: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
