import Foundation
import GRDB

/// Brings a corpus's index up to date with its folder, reading only files that are new or changed.
public struct CorpusIndexer: Sendable {
    public let root: URL
    public let store: IndexStore
    public var loader: DocumentLoader
    public var recognizer = EntityRecognizer()
    public var tagger = TemporalTagger()
    /// The user's corrections to entities, from dossier.toml.
    public var overrides = EntityOverrides()
    /// The user's dates for documents by relative path, from dossier.toml.
    public var documentDates: [String: String] = [:]
    /// How many files are loaded in parallel and then written in one transaction.
    public var batchSize = 64

    public init(root: URL, store: IndexStore, loader: DocumentLoader = DocumentLoader()) {
        self.root = root
        self.store = store
        self.loader = loader
    }

    /// What became of one file that had to be read.
    enum Outcome: Sendable {
        case loaded(ScannedFile, hash: String, LoadedDocument, DocumentAnalysis)
        case skipped(ScannedFile, reason: String)

        var path: String {
            switch self {
            case .loaded(let file, _, _, _), .skipped(let file, _): return file.relativePath
            }
        }

        /// The file was read but its bytes are the ones already indexed.
        func isUnchanged(comparedWith known: [String: Fingerprint]) -> Bool {
            guard case let .loaded(file, hash, _, _) = self else { return false }
            return known[file.relativePath]?.contentHash == hash
        }
    }

    /// A stored file's identity as the file system last reported it.
    struct Fingerprint: FetchableRecord, Decodable {
        var path: String
        var size: Int
        var modified: Double
        var contentHash: String?

        func matches(_ file: ScannedFile) -> Bool {
            size == file.size && abs(modified - file.modified) < 0.000_001
        }
    }

    /// Indexes new and changed files, forgets removed ones, and reports what it did.
    /// `progress` is called with the number of files read so far and the number to read.
    public func synchronize(progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> SyncReport {
        try store.detectingCorruption {
            try synchronizeUnchecked(progress: progress)
        }
    }

    private func synchronizeUnchecked(progress: (@Sendable (Int, Int) -> Void)?) throws -> SyncReport {
        let scan = CorpusScanner.scanReporting(root)
        let files = scan.files
        let (documents, skippedFiles) = try store.database.read { db in
            (try Fingerprint.fetchAll(db, sql: "SELECT path, size, modified, contentHash FROM document"),
             try SkippedFileRecord.fetchAll(db))
        }
        let stored = Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let storedSkips = Dictionary(skippedFiles.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var report = SyncReport()
        report.skipped = scan.leftOut
        var pending: [ScannedFile] = []
        for file in files {
            if let document = stored[file.relativePath], document.matches(file) {
                report.unchanged += 1
            } else if let skip = storedSkips[file.relativePath], skip.size == file.size, abs(skip.modified - file.modified) < 0.000_001 {
                report.skipped.append(.init(path: file.relativePath, reason: skip.reason))
            } else {
                pending.append(file)
            }
        }
        let present = Set(files.map(\.relativePath))
        let gone = stored.keys.filter { !present.contains($0) }
        let goneSkips = storedSkips.keys.filter { !present.contains($0) }
        report.removed = gone.count
        try store.database.write { db in
            try SentenceSearchIndex.forgetDocuments(atPaths: gone, in: db)
            for path in gone { try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [path]) }
            for path in goneSkips { try db.execute(sql: "DELETE FROM skippedFile WHERE path = ?", arguments: [path]) }
        }
        // Reading the next batch overlaps with writing this one: loading is parallel, writing is not.
        let batches = stride(from: 0, to: pending.count, by: batchSize).map { Array(pending[$0..<min($0 + batchSize, pending.count)]) }
        var upcoming = batches.first.map(readInBackground)
        var written: [Int64] = []
        for (index, _) in batches.enumerated() {
            guard let outcomes = upcoming?.wait() else { break }
            upcoming = index + 1 < batches.count ? readInBackground(batches[index + 1]) : nil
            written += try write(outcomes, known: stored, into: &report)
            progress?(min((index + 1) * batchSize, pending.count), pending.count)
        }
        if try store.database.read(SentenceSearchIndex.isBehind) {
            try store.database.write(SentenceSearchIndex.catchUp)
        }
        let redated = try store.database.write { try TimexIndex.applyDateOverrides(documentDates, tagger: tagger, in: $0) }
        let changed = report.added + report.updated + report.removed > 0
        let correctionsChanged = try store.database.read { try EntityIndex.needsResolving($0, overrides: overrides) }
        if changed || correctionsChanged { try resolveEntities() }
        // Corrections change what names mean everywhere, so every claim is linked again; a new
        // date changes what a document's dates say, so its claims are.
        try store.database.write { db in
            if correctionsChanged {
                try ClaimIndex.rebuild(db)
            } else {
                try ClaimIndex.forget(documents: redated, db)
                try ClaimIndex.update(db, documents: written + redated)
            }
        }
        return report
    }

    /// Starts reading a batch on another thread.
    private func readInBackground(_ files: [ScannedFile]) -> BackgroundResult<[Outcome]> {
        BackgroundResult { read(files) }
    }

    /// Reads, hashes and normalises files in parallel.
    func read(_ files: [ScannedFile]) -> [Outcome] {
        ConcurrentMap.map(files) { read($0) }
    }

    private func read(_ file: ScannedFile) -> Outcome {
        guard file.size <= loader.maximumFileSize else {
            return .skipped(file, reason: DocumentLoader.Failure.tooLarge(bytes: file.size, limit: loader.maximumFileSize).description)
        }
        let data: Data
        do {
            data = try file.contents()
        } catch {
            return .skipped(file, reason: "cannot be read: \(error)")
        }
        let hash = ContentHash.of(data)
        let format = DocumentLoader.Format(pathExtension: (file.relativePath as NSString).pathExtension) ?? .plain
        switch loader.load(data: data, format: format) {
        case .success(let document): return .loaded(file, hash: hash, document, analyze(document, path: file.relativePath))
        case .failure(let failure): return .skipped(file, reason: failure.description)
        }
    }

    /// Writes a batch and returns the ids of the documents it stored.
    /// Finds the names, the date and the dates mentioned of a freshly loaded document.
    private func analyze(_ document: LoadedDocument, path: String) -> DocumentAnalysis {
        let declared = document.metadata.date
        let dating = DocumentDating(declared: declared, inferred: declared == nil ? DocumentDateInference.date(of: document) : nil,
                                    override: documentDates[path])
        return DocumentAnalysis(mentions: recognizer.mentions(in: document), dating: dating,
                                dates: tagger.expressions(in: document, documentDate: dating.date))
    }

    private func write(_ outcomes: [Outcome], known: [String: Fingerprint], into report: inout SyncReport) throws -> [Int64] {
        var counts = SyncReport()
        var written: [Int64] = []
        try store.database.write { db in
            try SentenceSearchIndex.forgetDocuments(atPaths: outcomes.filter { !$0.isUnchanged(comparedWith: known) }.map(\.path), in: db)
            for outcome in outcomes {
                switch outcome {
                case let .loaded(file, hash, document, analysis):
                    if outcome.isUnchanged(comparedWith: known) {
                        try touch(file, in: db)
                        counts.unchanged += 1
                    } else {
                        written.append(try Self.store(document, analysis: analysis, from: file, hash: hash, in: db))
                        if known[file.relativePath] == nil { counts.added += 1 } else { counts.updated += 1 }
                        if document.replacedSequences > 0 { counts.repaired.append(file.relativePath) }
                    }
                    counts.bytesRead += file.size
                case let .skipped(file, reason):
                    try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [file.relativePath])
                    try SkippedFileRecord(path: file.relativePath, size: file.size, modified: file.modified, reason: reason).save(db)
                    counts.skipped.append(.init(path: file.relativePath, reason: reason))
                }
            }
        }
        report.added += counts.added
        report.updated += counts.updated
        report.unchanged += counts.unchanged
        report.read += outcomes.count
        report.bytesRead += counts.bytesRead
        report.skipped += counts.skipped
        report.repaired += counts.repaired
        return written
    }

    /// Records a new modification time for a file whose bytes did not change.
    private func touch(_ file: ScannedFile, in db: Database) throws {
        try db.execute(sql: "UPDATE document SET size = ?, modified = ? WHERE path = ?",
                       arguments: [file.size, file.modified, file.relativePath])
    }

    /// Replaces whatever the index held for the file with the freshly loaded document; returns its id.
    static func store(_ document: LoadedDocument, analysis: DocumentAnalysis, from file: ScannedFile, hash: String, in db: Database) throws -> Int64 {
        try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [file.relativePath])
        try db.execute(sql: "DELETE FROM skippedFile WHERE path = ?", arguments: [file.relativePath])
        var record = DocumentRecord(file: file, contentHash: hash, document: document, dating: analysis.dating)
        try record.insert(db)
        let documentId = record.id ?? db.lastInsertedRowID
        if let firstSentenceID = try SentenceInserter(db).insert(document, documentID: documentId, in: db) {
            try db.execute(sql: "UPDATE document SET firstSentenceId = ? WHERE id = ?", arguments: [firstSentenceID, documentId])
            try MentionInserter(db).insert(analysis.mentions, of: document, documentID: documentId, firstSentenceID: firstSentenceID)
            try TimexIndex.insert(analysis.dates, sentenceStarts: document.sentences.map(\.range.lowerBound), offsetMap: document.offsetMap,
                                  documentID: documentId, firstSentenceID: firstSentenceID, in: db)
        }
        return documentId
    }
}
