/// The forms `dossier export` writes: a Markdown briefing, one JSON object, or one CSV table.
public enum ExportFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case json
    case csv

    /// The format a file name asks for by its extension ("briefing.md"), if it names one.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), fileName.index(after: dot) < fileName.endIndex else { return nil }
        let suffix = fileName[fileName.index(after: dot)...].lowercased()
        self.init(rawValue: suffix == "markdown" ? "md" : suffix)
    }
}
