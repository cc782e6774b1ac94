import Foundation

/// The `dossier.toml` at a corpus's root: the user's file, which Dossier reads and, when asked to
/// correct an entity, edits one line at a time without touching anything else in it.
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
        do {
            // Through a symbolic link, so that a linked settings file stays linked.
            try Data(edited.utf8).write(to: url.resolvingSymlinksInPath(), options: .atomic)
        } catch {
            throw EntityOverridesError(file: url.path, line: nil, problem: "\(error.localizedDescription); \(byHand)")
        }
        return overrides
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
