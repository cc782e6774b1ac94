import Foundation

/// The user's state folder for Dossier (XDG's `$XDG_STATE_HOME/dossier`, else `~/.local/state/dossier`):
/// what Dossier keeps for a corpus outside its folder, which may be read-only.
public enum StateFolder {
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let directory = environment["XDG_STATE_HOME"], directory.hasPrefix("/") {
            return URL(fileURLWithPath: directory).appendingPathComponent("dossier")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state/dossier")
    }

    /// A name for files about one corpus: the folder's name for people, a digest of its path for uniqueness.
    static func name(for corpusRoot: URL) -> String {
        IndexLocation.defaultURL(for: corpusRoot, environment: [:]).deletingPathExtension().lastPathComponent
    }
}
