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
        var report: SyncReport
        do {
            report = try indexer(for: store, notices: &notices, events: events).synchronize()
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
            notices.append("Replaced invalid UTF-8 in \(report.repaired.count) file\(report.repaired.count == 1 ? "" : "s"): \(report.repaired.prefix(3).joined(separator: ", "))")
        }
        notices += try corpus.entityNotes().map { "dossier.toml \($0)" }
        return Opened(corpus: corpus, report: report, notices: notices)
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
        let settings = CorpusSettingsFile(corpusRoot: root)
        do {
            (indexer.overrides, indexer.documentDates) = (try settings.entityOverrides(), try settings.documentOverrides().dates)
        } catch {
            notices.append("Corrections in dossier.toml not applied: \(error)")
        }
        if let batchSizes { indexer.batchSizes = batchSizes }
        indexer.events = events
        return indexer
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
