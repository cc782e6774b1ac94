import Foundation

/// Where Dossier keeps what it learns about the user between sessions (search history, pane
/// sizes): data worth keeping that is neither configuration nor a cache.
public enum StateDirectory {
    /// `$XDG_STATE_HOME/dossier`, or `~/.local/state/dossier` when the variable is unset or not absolute.
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let directory = environment["XDG_STATE_HOME"], directory.hasPrefix("/") {
            return URL(fileURLWithPath: directory).appendingPathComponent("dossier")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state/dossier")
    }
}
