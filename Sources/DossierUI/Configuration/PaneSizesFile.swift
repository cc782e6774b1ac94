import DossierIndex
import Foundation

/// Where the pane sizes set with `<` and `>` are kept between sessions: one JSON object in the
/// state directory, sizes by terminal size (see ``PaneLayout/key(for:focus:)``), for every corpus.
public struct PaneSizesFile: Sendable {
    public static let fileName = "panes.json"

    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// `$XDG_STATE_HOME/dossier/panes.json`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> PaneSizesFile {
        PaneSizesFile(url: StateFolder.url(environment: environment).appendingPathComponent(fileName))
    }

    /// The saved sizes; none when the file is missing or unreadable, since standard sizes serve
    /// as well and the next change writes a good file.
    public func load() -> [String: PaneSizes] {
        guard let data = try? Data(contentsOf: url) else { return [:] }
        return (try? JSONDecoder().decode([String: PaneSizes].self, from: data)) ?? [:]
    }

    /// Saves the sizes for one key, keeping those another Dossier saved meanwhile; the file is
    /// replaced atomically, so a crash never leaves half of it.
    public func save(_ sizes: PaneSizes, for key: String) throws {
        var all = load()
        all[key] = sizes
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(all).write(to: url, options: .atomic)
    }
}
