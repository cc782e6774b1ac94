import DossierIndex
import Foundation
import TOMLKit

/// The user's `config.toml`: settings that hold for every corpus, such as the theme to start with
/// and key bindings.
///
/// ```toml
/// theme = "solarized-dark"
/// [keys]
/// "Ctrl-J" = "cursor.down"
/// ```
public struct UserConfiguration: Sendable, Equatable {
    /// The theme named in the file, if any.
    public var theme: String?
    /// The file's `[keys]` tables, applied to the keymap when the explorer starts.
    public var keys: KeyBindingsFile?

    public init(theme: String? = nil, keys: KeyBindingsFile? = nil) {
        self.theme = theme
        self.keys = keys
    }

    /// `$XDG_CONFIG_HOME/dossier`, or `~/.config/dossier` when the variable is unset or not an absolute path, as the XDG specification asks.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("dossier")
        }
        return environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".config/dossier") }
    }

    /// Reads `config.toml` from the configuration directory; without one, nothing is configured.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UserConfiguration {
        guard let file = directory(environment: environment)?.appendingPathComponent("config.toml"),
              FileManager.default.fileExists(atPath: file.path) else { return UserConfiguration() }
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw SettingsFileError(file: file.path, problem: "cannot be read")
        }
        return try parse(text, file: file.path)
    }

    /// Reads the text of a configuration file. Keys it does not know are left alone, so a file
    /// written for a newer Dossier still gives this one its theme.
    public static func parse(_ text: String, file: String) throws -> UserConfiguration {
        let table: TOMLTable
        do {
            table = try SafeTOML.parse(text)
        } catch let error as SafeTOML.SyntaxError {
            throw SettingsFileError(file: file, line: error.line, problem: error.description)
        } catch let error as TOMLParseError {
            throw SettingsFileError(file: file, line: error.source.begin.line, problem: error.description)
        }
        let keys = KeyBindingsFile(text: text, file: file)
        guard let value = table["theme"] else { return UserConfiguration(keys: keys) }
        guard let theme = value.string, !theme.isEmpty else {
            throw SettingsFileError(file: file, line: KeyLocator(text: text).line(ofKey: "theme", inTable: ""), key: "theme",
                                    problem: "expected a theme name such as \"light\"")
        }
        return UserConfiguration(theme: theme, keys: keys)
    }
}
