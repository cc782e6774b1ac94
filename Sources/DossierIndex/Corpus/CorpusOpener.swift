import Foundation

/// Opens a corpus folder: checks it, opens or creates its index, and brings the index up to date.
public struct CorpusOpener: Sendable {
    /// An open corpus and what opening it involved.
    public struct Opened: Sendable {
        public var corpus: Corpus
        public var report: SyncReport
        /// One-line messages for the user (an index rebuilt, files skipped).
        public var notices: [String]
        /// The disk under the index filled up while bringing it up to date: it is shown as it was, read-only.
        public var isIndexFull = false
    }

    public var root: URL
    /// An explicit index file; the per-corpus file in the cache when nil.
    public var indexURL: URL?
    public var loader = DocumentLoader()
    public var environment: [String: String]

    public init(root: URL, indexURL: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.root = root.standardizedFileURL
        self.indexURL = indexURL
        self.environment = environment
    }

    /// Opens and synchronises; `progress` receives files read so far and files to read.
    public func open(progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Opened {
        try checkFolder()
        let location = indexURL ?? IndexLocation.defaultURL(for: root, environment: environment)
        let isDefaultLocation = indexURL == nil
        var (store, notice) = try IndexStore.open(at: location, mayReplaceUnrecognised: isDefaultLocation)
        var notices = notice.map { [$0] } ?? []
        let (overrides, documentOverrides, problem) = Self.corrections(in: CorpusSettingsFile(corpusRoot: root))
        if let problem { notices.append(problem) }
        var report = SyncReport()
        var isIndexFull = false
        do {
            report = try indexer(for: store, overrides: overrides, documents: documentOverrides).synchronize(progress: progress)
        } catch IndexStoreError.diskFull(let path) {
            // What is indexed can still be read; every transaction that did not fit was rolled back whole.
            isIndexFull = true
            notices.append("\(IndexStoreError.diskFull(path)); showing the index as it was, without changes to the folder since")
        } catch IndexStoreError.corrupt {
            (store, _) = try IndexStore.open(at: location, mayReplaceUnrecognised: true, discardingExisting: true)
            notices.append("The index at \(location.path) was damaged; rebuilt it.")
            report = try indexer(for: store, overrides: overrides, documents: documentOverrides).synchronize(progress: progress)
        }
        let corpus = Corpus(root: root, store: store, loader: loader)
        if try corpus.statistics().documents == 0 {
            throw CorpusError.noDocuments(root.path, skipped: report.skippedWarning)
        }
        if let warning = report.skippedWarning { notices.append(warning) }
        if !report.repaired.isEmpty {
            notices.append("Replaced invalid UTF-8 in \(report.repaired.count) file\(report.repaired.count == 1 ? "" : "s"): \(report.repaired.prefix(3).map(PrintableText.escaping).joined(separator: ", "))")
        }
        notices += try corpus.entityNotes().map { "dossier.toml \($0)" }
        notices += documentOverrides.notes(documentPaths: Set(try corpus.documents().map(\.path)), file: CorpusSettingsFile.fileName)
        return Opened(corpus: corpus, report: report, notices: notices, isIndexFull: isIndexFull)
    }

    /// The user's corrections, or none and a notice saying why when the file cannot be read.
    private static func corrections(in settings: CorpusSettingsFile) -> (EntityOverrides, DocumentOverrides, String?) {
        do {
            return (try settings.entityOverrides(), try settings.documentOverrides(), nil)
        } catch {
            return (EntityOverrides(), DocumentOverrides(), "Corrections in dossier.toml not applied: \(error)")
        }
    }

    private func indexer(for store: IndexStore, overrides: EntityOverrides, documents: DocumentOverrides) -> CorpusIndexer {
        var indexer = CorpusIndexer(root: root, store: store, loader: loader)
        indexer.overrides = overrides
        indexer.documentDates = documents.dates
        return indexer
    }

    private func checkFolder() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw CorpusError.missingFolder(root.path)
        }
        guard isDirectory.boolValue else { throw CorpusError.notAFolder(root.path) }
        guard FileManager.default.isReadableFile(atPath: root.path),
              (try? FileManager.default.contentsOfDirectory(atPath: root.path)) != nil else {
            throw CorpusError.unreadableFolder(root.path)
        }
    }
}
