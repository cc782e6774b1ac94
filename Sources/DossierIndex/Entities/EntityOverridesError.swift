/// A `dossier.toml` whose entity corrections cannot be read or safely edited.
public struct EntityOverridesError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var problem: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)"
    }
}
