import Foundation

/// Finds theme files: the user's own directory first, then the themes shipped with Dossier.
public struct ThemeCatalog: Sendable {
    /// Directories searched in order; a theme in an earlier one overrides one of the same name later.
    public var directories: [URL]

    public init(directories: [URL]) {
        self.directories = directories
    }

    /// The user's theme directory (`$XDG_CONFIG_HOME/dossier/themes`) and the shipped `Themes/`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        var directories: [URL] = []
        if let config = UserConfiguration.directory(environment: environment) { directories.append(config.appendingPathComponent("themes")) }
        if let shipped = shippedDirectory(environment: environment) { directories.append(shipped) }
        return ThemeCatalog(directories: directories)
    }

    /// The shipped `Themes/` folder: named by `DOSSIER_THEMES`, or found above the executable
    /// (as in a source checkout, where the binary sits in `.build/`), or beside the sources.
    static func shippedDirectory(environment: [String: String]) -> URL? {
        if let path = environment["DOSSIER_THEMES"] { return URL(fileURLWithPath: path) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Themes", "share/dossier/Themes"] {
                let url = directory.appendingPathComponent(candidate)
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("default.toml").path) { return url }
            }
            directory.deleteLastPathComponent()
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")
        return FileManager.default.fileExists(atPath: source.path) ? source : nil
    }

    /// Names of all themes found, without duplicates, sorted.
    public var names: [String] {
        let files = directories.flatMap { directory in
            (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        }
        return Set(files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }).sorted()
    }

    /// The file of the theme called `name`, from the first directory that has one.
    public func file(named name: String) -> URL? {
        directories.map { $0.appendingPathComponent("\(name).toml") }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Loads and parses the theme called `name`.
    public func load(named name: String) throws -> Theme {
        guard let file = file(named: name) else {
            let known = names
            throw SettingsFileError(file: "\(name).toml", problem: "no such theme" + (known.isEmpty ? "" : "; available: \(known.joined(separator: ", "))"))
        }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw SettingsFileError(file: file.path, problem: "cannot be read")
        }
        return try ThemeParser.parse(text, file: file.path, defaultName: name)
    }
}
