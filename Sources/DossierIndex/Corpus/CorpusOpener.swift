import Foundation

/// Opens a corpus folder: checks it, opens or creates its index, and brings the index up to date,
/// or leaves it as it is for a quick answer.
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
    /// Documents per committed batch; the indexer's defaults when nil.
    public var batchSizes: CorpusIndexer.BatchSizes?

    public init(root: URL, indexURL: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.root = root.standardizedFileURL
        self.indexURL = indexURL
        self.environment = environment
    }

    /// The index file this opener uses.
    public var location: URL {
        indexURL ?? IndexLocation.defaultURL(for: root, environment: environment)
    }

    /// Opens the index and synchronises it with the folder; `events` hears the sync as it goes.
    /// With `rebuilding`, the index is thrown away and built afresh.
    public func open(rebuilding: Bool = false, events: (@Sendable (SyncEvent) -> Void)? = nil) throws -> Opened {
        try checkFolder()
        var (store, notice) = try IndexStore.open(at: location, mayReplaceUnrecognised: indexURL == nil, discardingExisting: rebuilding)
        var notices = notice.map { [$0] } ?? []
        var report = SyncReport()
        var isIndexFull = false
        do {
            report = try indexer(for: store, notices: &notices, events: events).synchronize()
        } catch IndexStoreError.diskFull(let path) {
            // What is indexed can still be read; every transaction that did not fit was rolled back whole.
            isIndexFull = true
            notices.append("\(IndexStoreError.diskFull(path)); showing the index as it was, without changes to the folder since")
        } catch IndexStoreError.corrupt {
            (store, _) = try IndexStore.open(at: location, mayReplaceUnrecognised: true, discardingExisting: true)
            notices.append("The index at \(location.path) was damaged; rebuilt it.")
            var ignored: [String] = []
            report = try indexer(for: store, notices: &ignored, events: events).synchronize()
        }
        let corpus = Corpus(root: root, store: store, loader: loader)
        if try corpus.statistics().documents == 0 {
            throw CorpusError.noDocuments(root.path, skipped: report.skippedWarning)
        }
        if let warning = report.skippedWarning { notices.append(warning) }
        if !report.repaired.isEmpty {
            notices.append("Replaced invalid UTF-8 in \(report.repaired.count) file\(report.repaired.count == 1 ? "" : "s"): \(report.repaired.prefix(3).map(PrintableText.escaping).joined(separator: ", "))")
        }
        notices += try correctionNotes(for: corpus)
        return Opened(corpus: corpus, report: report, notices: notices, isIndexFull: isIndexFull)
    }

    /// Notes on the corrections in dossier.toml that named nothing in the index as it is.
    public func correctionNotes(for corpus: Corpus) throws -> [String] {
        try corpus.entityNotes().map { "dossier.toml \($0)" }
            + Self.corrections(in: CorpusSettingsFile(corpusRoot: root)).documents
                .notes(documentPaths: Set(try corpus.documents().map(\.path)), file: CorpusSettingsFile.fileName)
    }

    /// Opens the index as it is, creating it empty when there is none, without reading the folder.
    public func openIndex() throws -> (corpus: Corpus, notices: [String]) {
        try checkFolder()
        let (store, notice) = try IndexStore.open(at: location, mayReplaceUnrecognised: indexURL == nil)
        return (Corpus(root: root, store: store, loader: loader), notice.map { [$0] } ?? [])
    }

    /// An indexer for the corpus's index with the corrections of its dossier.toml; a file that
    /// cannot be read adds a notice and corrects nothing.
    public func indexer(for store: IndexStore, notices: inout [String], events: (@Sendable (SyncEvent) -> Void)? = nil) -> CorpusIndexer {
        var indexer = CorpusIndexer(root: root, store: store, loader: loader)
        let corrections = Self.corrections(in: CorpusSettingsFile(corpusRoot: root))
        if let problem = corrections.problem { notices.append(problem) }
        (indexer.overrides, indexer.documentDates) = (corrections.entities, corrections.documents.dates)
        if let batchSizes { indexer.batchSizes = batchSizes }
        indexer.events = events
        return indexer
    }

    /// The user's corrections, or none and a notice saying why when the file cannot be read.
    private static func corrections(in settings: CorpusSettingsFile) -> (entities: EntityOverrides, documents: DocumentOverrides, problem: String?) {
        do {
            return (try settings.entityOverrides(), try settings.documentOverrides(), nil)
        } catch {
            return (EntityOverrides(), DocumentOverrides(), "Corrections in dossier.toml not applied: \(error)")
        }
    }

    /// Throws unless the folder exists and can be read.
    public func checkFolder() throws {
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
