import Foundation

/// The user's settings file: `$XDG_CONFIG_HOME/dossier/config.toml`, else `~/.config/dossier/config.toml`.
enum UserConfigFile {
    static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        return base.appendingPathComponent("dossier/config.toml")
    }

    /// The file's text, or nil when there is none.
    static func text(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        try? String(contentsOf: url(environment: environment), encoding: .utf8)
    }
}
