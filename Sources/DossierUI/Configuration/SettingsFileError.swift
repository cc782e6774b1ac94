/// A mistake in a settings file (a theme or `config.toml`), located by file, line and key so it can be fixed.
public struct SettingsFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public var problem: String

    public init(file: String, line: Int? = nil, key: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let key { place += " (\(key))" }
        return "\(place): \(problem)"
    }
}
