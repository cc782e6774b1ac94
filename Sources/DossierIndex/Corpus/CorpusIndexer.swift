import Foundation
import GRDB

/// Brings a corpus's index up to date with its folder in four recorded phases: text and full
/// text, entities, dates, claims and links.
///
/// Each phase works through the documents that lack it in batches; a batch's results and the
/// phase its documents reached are written in one transaction, so a sync stopped at any moment
/// (a kill, a power cut, `q`) leaves whole batches, and the next sync goes on from there. One
/// sync at a time holds the index's writer lock from start to end.
public struct CorpusIndexer: Sendable {
    /// Documents a batch of each phase holds at most.
    public struct BatchSizes: Sendable, Equatable {
        public var text = 256
        /// Bytes of files a batch of the text phase reads at most, so a batch of large files
        /// still lands within a second or so.
        public var textBytes = 4 * 1_048_576
        public var entities = 256
        public var dates = 512
        /// Linking weighs each batch's claims against the whole corpus's, so larger batches cost less in all.
        public var claims = 2_048

        public init() {}

        /// The same number of documents in every phase (the text phase's byte cap stays).
        public init(documents: Int) {
            text = documents
            entities = documents
            dates = documents
            claims = documents
        }
    }

    public let root: URL
    public let store: IndexStore
    public var loader: DocumentLoader
    public var tagger = TemporalTagger()
    /// The user's corrections to entities, from dossier.toml.
    public var overrides = EntityOverrides()
    /// The user's dates for documents by relative path, from dossier.toml.
    public var documentDates: [String: String] = [:]
    public var batchSizes = BatchSizes()
    /// Hears what the sync does as it does it; called on the sync's thread.
    public var events: (@Sendable (SyncEvent) -> Void)?
    /// Lets another thread stop the sync between batches.
    public var cancellation: SyncCancellation?
    /// Asked before a sync reads more files or bytes than `largeWork`, with the numbers; false
    /// stops the sync there, before anything is read.
    public var confirmLargeWork: (@Sendable (_ files: Int, _ bytes: Int) -> Bool)?
    public var largeWork = WorkLimit()

    /// How much reading counts as large work.
    public struct WorkLimit: Sendable {
        /// A folder this large takes many minutes to index (bbc-news, 2,225 files and 5 MB, takes
        /// seconds), so the explorer asks before starting on one, which might be a home folder
        /// opened by mistake; the numbers are issue 17's.
        public var files = 100_000
        public var bytes = 1 << 30

        public init() {}

        public init(files: Int, bytes: Int) {
            self.files = files
            self.bytes = bytes
        }
    }

    public init(root: URL, store: IndexStore, loader: DocumentLoader = DocumentLoader()) {
        self.root = root
        self.store = store
        self.loader = loader
    }

    /// Indexes new and changed files, forgets removed ones, finishes every phase an earlier sync
    /// left undone, and reports what it did. Waits while another sync holds the index.
    public func synchronize() throws -> SyncReport {
        try store.detectingCorruption {
            let lock = try store.lockForWriting { events?(.waitingForAnotherWriter) }
            defer { lock.release() }
            let scan = CorpusScanner.scanReporting(root)
            events?(.scanned(scan.files))
            var report = SyncReport()
            report.skipped = scan.leftOut
            try indexText(of: scan.files, into: &report)
            try findEntities(into: &report)
            try findDates(into: &report)
            try linkClaims(into: &report)
            return report
        }
    }

    /// Finishes the phases up to `last` that an earlier sync left undone, and applies `overrides`
    /// and `documentDates` as they are now, without reading any file: what a correction, or a
    /// query that needs those phases, asks for. Waits while another sync holds the index.
    @discardableResult
    public func finishPhases(through last: IndexPhase = .claims) throws -> SyncReport {
        try store.detectingCorruption {
            let lock = try store.lockForWriting { events?(.waitingForAnotherWriter) }
            defer { lock.release() }
            var report = SyncReport()
            if last >= .entities { try findEntities(into: &report) }
            if last >= .dates { try findDates(into: &report) }
            if last >= .claims { try linkClaims(into: &report) }
            return report
        }
    }

    // MARK: Running a phase

    /// The documents that went through `phase` and no further, in id order: the ones the next phase must do.
    func documents(lastThrough phase: IndexPhase) throws -> [Int64] {
        try store.database.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM document WHERE phase = ? ORDER BY id", arguments: [phase.rawValue])
        }
    }

    /// Takes `phase` through `documents` in batches: `prepare` reads and analyses a batch on a
    /// reader connection and every core while the batch before it is written; `write` stores its
    /// results in the transaction that records the documents as through the phase.
    func run<Prepared: Sendable>(_ phase: IndexPhase, over documents: [Int64], batchSize: Int, into report: inout SyncReport,
                                 prepare: @escaping @Sendable ([Int64]) throws -> Prepared,
                                 write: @escaping (Prepared, Database) throws -> Void) throws {
        let batches = stride(from: 0, to: documents.count, by: max(1, batchSize)).map {
            Array(documents[$0..<min($0 + max(1, batchSize), documents.count)])
        }
        var clock = PhaseClock(phase: phase, total: documents.count, events: events)
        try pipeline(batches, prepare: prepare) { batch, prepared in
            try store.database.write { db in
                try write(prepared, db)
                try Self.record(batch, as: phase, db)
            }
            clock.advance(by: batch.count)
        }
        report.completed[phase, default: 0] += documents.count
    }

    /// Runs `write` on each batch in turn while `prepare` works on the next one on another
    /// thread, and stops between batches when the sync is cancelled.
    func pipeline<Batch: Sendable, Prepared: Sendable>(_ batches: [Batch], prepare: @escaping @Sendable (Batch) throws -> Prepared,
                                                       write: (Batch, Prepared) throws -> Void) throws {
        func start(_ index: Int) -> BackgroundResult<Result<Prepared, any Error>>? {
            guard batches.indices.contains(index) else { return nil }
            let batch = batches[index]
            return BackgroundResult { Result { try prepare(batch) } }
        }
        var upcoming = start(0)
        for index in batches.indices {
            try cancellation?.check()
            guard let prepared = try upcoming?.wait().get() else { break }
            upcoming = start(index + 1)
            try cancellation?.check()
            try write(batches[index], prepared)
        }
    }

    /// Records that the documents went through `phase`, in the transaction that wrote its results.
    static func record(_ documents: [Int64], as phase: IndexPhase, _ db: Database) throws {
        try db.execute(sql: "UPDATE document SET phase = ? WHERE id IN (SELECT value FROM json_each(?)) AND phase = ?",
                       arguments: [phase.rawValue, JSONArray.of(documents), phase.rawValue - 1])
    }
}

/// Times one phase and reports its progress after every batch.
struct PhaseClock {
    let phase: IndexPhase
    let total: Int
    let events: (@Sendable (SyncEvent) -> Void)?
    private let started = DispatchTime.now().uptimeNanoseconds
    private(set) var done = 0

    init(phase: IndexPhase, total: Int, events: (@Sendable (SyncEvent) -> Void)?) {
        self.phase = phase
        self.total = total
        self.events = events
        if total > 0 { events?(.progress(progress)) }
    }

    var progress: IndexProgress {
        IndexProgress(phase: phase, done: done, total: total, seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000_000)
    }

    mutating func advance(by count: Int) {
        done += count
        events?(.progress(progress))
    }
}
