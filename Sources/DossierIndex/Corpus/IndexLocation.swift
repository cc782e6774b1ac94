import Foundation

/// Where a corpus's index lives by default: one database per corpus folder in the user's cache.
public enum IndexLocation {
    /// `$XDG_CACHE_HOME/dossier`, or `~/.cache/dossier` when the variable is unset or not absolute.
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("dossier")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/dossier")
    }

    /// The index file for a corpus folder: its name for people, a digest of its full path for uniqueness.
    public static func defaultURL(for corpusRoot: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let path = corpusRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let name = corpusRoot.standardizedFileURL.lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let digest = ContentHash.of(Data(path.utf8))
        return cacheDirectory(environment: environment).appendingPathComponent("\(name.isEmpty ? "corpus" : name)-\(digest).sqlite")
    }
}
