import Foundation

/// The `dossier.toml` at a corpus's root: the user's file, which Dossier reads and, when asked to
/// correct an entity or set a document's date, edits one line at a time without touching anything
/// else in it.
public struct CorpusSettingsFile: Sendable {
    public static let fileName = "dossier.toml"
    public let url: URL

    public init(corpusRoot: URL) {
        url = corpusRoot.appendingPathComponent(Self.fileName)
    }

    /// The entity corrections in the file; none when there is no file.
    public func entityOverrides() throws(EntityOverridesError) -> EntityOverrides {
        guard let text = try read() else { return EntityOverrides() }
        return try EntityOverrides(toml: text, file: url.path)
    }

    /// The corrections to documents in the file; none when there is no file.
    public func documentOverrides() throws(EntityOverridesError) -> DocumentOverrides {
        guard let text = try read() else { return DocumentOverrides() }
        return try DocumentOverrides(toml: text, file: url.path)
    }

    /// Writes the correction into the file and returns every correction it now holds. The file is
    /// replaced atomically, and only once the edited text reads back with the correction in it;
    /// otherwise it is left as it was and the error says what to add by hand.
    @discardableResult
    public func apply(_ correction: EntityCorrection) throws(EntityOverridesError) -> EntityOverrides {
        let original = try read() ?? ""
        _ = try EntityOverrides(toml: original, file: url.path)
        let table = "entities.\(correction.section.rawValue)"
        let edited = TOMLTableEditor.setting(correction.key, to: correction.valueLiteral, inTable: table, in: original)
        let byHand = "add \(TOMLTableEditor.quoted(correction.key)) = \(correction.valueLiteral) under [\(table)] by hand"
        guard let overrides = try? EntityOverrides(toml: edited, file: url.path), correction.isHeld(by: overrides) else {
            throw EntityOverridesError(file: url.path, line: nil, problem: "could not edit the file safely; \(byHand)")
        }
        try write(edited, orSay: byHand)
        return overrides
    }

    /// Writes `date` (ISO 8601) as the date of the document at `path` under `[documents."PATH"]`
    /// and returns every document date the file now sets; the file is replaced atomically, and
    /// only once the edited text reads back with that date in it.
    @discardableResult
    public func setDate(_ date: String, ofDocumentAt path: String) throws(EntityOverridesError) -> DocumentOverrides {
        let original = try read() ?? ""
        _ = try DocumentOverrides(toml: original, file: url.path)
        let table = "documents.\(TOMLTableEditor.quoted(path))"
        let edited = TOMLTableEditor.setting("date", to: TOMLTableEditor.quoted(date), inTable: table, in: original)
        let byHand = "add date = \"\(date)\" under [\(table)] by hand"
        guard let overrides = try? DocumentOverrides(toml: edited, file: url.path), overrides.dates[path] == date else {
            throw EntityOverridesError(file: url.path, line: nil, problem: "could not edit the file safely; \(byHand)")
        }
        try write(edited, orSay: byHand)
        return overrides
    }

    /// Replaces the file atomically, through a symbolic link so that a linked settings file stays linked.
    private func write(_ text: String, orSay byHand: String) throws(EntityOverridesError) {
        do {
            try Data(text.utf8).write(to: url.resolvingSymlinksInPath(), options: .atomic)
        } catch {
            throw EntityOverridesError(file: url.path, line: nil, problem: "\(error.localizedDescription); \(byHand)")
        }
    }

    private func read() throws(EntityOverridesError) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url) else {
            throw EntityOverridesError(file: url.path, line: nil, problem: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw EntityOverridesError(file: url.path, line: nil, problem: "is not UTF-8 text")
        }
        return text
    }
}
