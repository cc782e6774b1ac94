import Foundation

/// The notes of a corpus, kept in `.dossier/notes.json` in the corpus folder: the user's own data,
/// apart from the index, so that rebuilding the index never touches it.
///
/// The file is replaced atomically (a temporary file beside it, flushed, then renamed over it),
/// and a file that cannot be read is never overwritten: every change reads it first.
public struct NoteStore: Sendable {
    public static let folderName = ".dossier"
    public static let fileName = "notes.json"
    /// The version of the file's layout; a file from a newer Dossier is read by none older.
    static let formatVersion = 1

    public let url: URL

    public init(corpusRoot: URL) {
        url = corpusRoot.appendingPathComponent(Self.folderName).appendingPathComponent(Self.fileName)
    }

    /// A notes file elsewhere, such as one the user names to keep notes that could not be saved.
    public init(url: URL) {
        self.url = url
    }

    /// "notes.json" as the user finds it from the corpus folder.
    public static var relativePath: String { folderName + "/" + fileName }

    /// The notes in the file; none while there is no file.
    public func load() throws(NoteStoreError) -> [Note] {
        guard let data = try read() else { return [] }
        return try decode(data)
    }

    /// Reads the file afresh, applies `change` and writes the result, so that notes another
    /// Dossier saved meanwhile are kept.
    @discardableResult
    public func update(_ change: (inout [Note]) -> Void) throws(NoteStoreError) -> [Note] {
        var notes = try load()
        change(&notes)
        try save(notes)
        return notes
    }

    /// Writes `notes` to a file that must not exist yet, in the notes file's layout.
    public func create(_ notes: [Note]) throws(NoteStoreError) {
        guard !FileManager.default.fileExists(atPath: url.path) else { throw NoteStoreError(path: url.path, problem: "exists already") }
        try save(notes)
    }

    /// Replaces the file with `notes`; a crash at any moment leaves either the old file or the new one.
    /// The new file keeps the old one's permissions and, where the system lets us, its owner.
    func save(_ notes: [Note]) throws(NoteStoreError) {
        let temporary = try writeTemporary(notes)
        var existing = stat()
        if stat(target.path, &existing) == 0 {
            chmod(temporary.path, existing.st_mode & 0o7777)
            // Only root may give a file away; for anyone else the file is theirs already.
            _ = chown(temporary.path, existing.st_uid, existing.st_gid)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw NoteStoreError(path: url.path, problem: "could not be replaced: \(reason)")
        }
    }

    /// Writes `notes` to a new temporary file in the file's folder and flushes it to disk. Its name
    /// is not the file's, so one left behind by a crash is never read.
    func writeTemporary(_ notes: [Note]) throws(NoteStoreError) -> URL {
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(Self.fileName).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: try encode(notes))
            try handle.synchronize()
            return temporary
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw NoteStoreError(path: url.path, problem: "could not be written: \(error.localizedDescription)")
        }
    }

    /// The file itself, through a symbolic link, so that a linked notes file stays linked.
    private var target: URL { url.resolvingSymlinksInPath() }

    private func read() throws(NoteStoreError) -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url) else { throw NoteStoreError(path: url.path, problem: "cannot be read") }
        // An empty file holds nothing to lose, as one left by an editor that was stopped half way.
        guard data.contains(where: { !Set(" \t\r\n".utf8).contains($0) }) else { return nil }
        return data
    }

    private func encode(_ notes: [Note]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(Contents(version: Self.formatVersion, notes: notes)) + Data("\n".utf8)
    }

    private func decode(_ data: Data) throws(NoteStoreError) -> [Note] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let contents: Contents
        do {
            contents = try decoder.decode(Contents.self, from: data)
        } catch {
            throw NoteStoreError(path: url.path, problem: "cannot be read (\(Self.describe(error))); fix it or move it away, "
                                 + "notes are not saved until then")
        }
        guard contents.version <= Self.formatVersion else {
            throw NoteStoreError(path: url.path, problem: "was written by a newer Dossier (version \(contents.version)); notes are not saved")
        }
        return contents.notes
    }

    /// A decoding error in a few words, with the place in the file where the decoder says.
    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context)?:
            let detail = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "not valid JSON" + (detail.map { ": \($0)" } ?? "")
        case .keyNotFound(let key, let context)?:
            return "\(path(context.codingPath)) has no \"\(key.stringValue)\""
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "unexpected value at \(path(context.codingPath)): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// The file's top level: its layout version and the notes.
    private struct Contents: Codable {
        var version: Int
        var notes: [Note]
    }
}
