import Foundation

/// Where a corpus's search history is kept between sessions: one query per line, oldest first,
/// in the user's state directory (the corpus folder itself may be read-only).
public struct SearchHistoryFile: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// `$XDG_STATE_HOME/dossier/NAME-DIGEST.history`, or under `~/.local/state` when the variable is unset.
    public static func standard(for corpusRoot: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchHistoryFile {
        SearchHistoryFile(url: StateFolder.url(environment: environment).appendingPathComponent("\(StateFolder.name(for: corpusRoot)).history"))
    }

    /// The saved queries; none when the file is missing or unreadable.
    public func load() -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Replaces the saved queries, writing a temporary file and renaming it so a crash never leaves half a file.
    public func save(_ entries: [String]) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = entries.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
