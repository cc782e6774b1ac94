import Foundation
import GRDB

extension CorpusIndexer {
    /// What became of one file that had to be read.
    enum Outcome: Sendable {
        case loaded(ScannedFile, hash: String, LoadedDocument)
        case skipped(ScannedFile, reason: String)

        var path: String {
            switch self {
            case .loaded(let file, _, _), .skipped(let file, _): return file.relativePath
            }
        }

        /// The file was read but its bytes are the ones already indexed.
        func isUnchanged(comparedWith known: [String: Fingerprint]) -> Bool {
            guard case let .loaded(file, hash, _) = self else { return false }
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

    /// Phase 1: stores the text, sentences and full-text index of new and changed files, and
    /// forgets the files that are gone. Searching works as soon as this phase is done.
    func indexText(of files: [ScannedFile], into report: inout SyncReport) throws {
        let (stored, storedSkips) = try store.database.read { db in
            (try Fingerprint.fetchAll(db, sql: "SELECT path, size, modified, contentHash FROM document"),
             try SkippedFileRecord.fetchAll(db))
        }
        let known = Dictionary(stored.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let knownSkips = Dictionary(storedSkips.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var pending: [ScannedFile] = []
        for file in files {
            if let document = known[file.relativePath], document.matches(file) {
                report.unchanged += 1
            } else if let skip = knownSkips[file.relativePath], skip.size == file.size, abs(skip.modified - file.modified) < 0.000_001 {
                report.skipped.append(.init(path: file.relativePath, reason: skip.reason))
            } else {
                pending.append(file)
            }
        }
        let bytes = pending.reduce(0) { $0 + $1.size }
        if let confirm = confirmLargeWork, pending.count > largeWork.files || bytes > largeWork.bytes, !confirm(pending.count, bytes) {
            throw CancellationError()
        }
        try forgetFiles(notIn: files, known: known, knownSkips: knownSkips, into: &report)
        var clock = PhaseClock(phase: .text, total: pending.count, events: events)
        var addedSentences = 0
        try pipeline(textBatches(of: pending), prepare: { [self] in read($0) }) { _, outcomes in
            addedSentences += try write(outcomes, known: known, into: &report)
            clock.advance(by: outcomes.count)
        }
        report.completed[.text, default: 0] += pending.count
        try cancellation?.check()
        try store.database.write { try SentenceSearchIndex.mergeAfterBulkLoad(added: addedSentences, in: $0) }
        events?(.phaseFinished(.text))
    }

    /// Forgets the documents and skipped files that are no longer in the folder.
    private func forgetFiles(notIn files: [ScannedFile], known: [String: Fingerprint], knownSkips: [String: SkippedFileRecord],
                             into report: inout SyncReport) throws {
        let present = Set(files.map(\.relativePath))
        let gone = known.keys.filter { !present.contains($0) }
        let goneSkips = knownSkips.keys.filter { !present.contains($0) }
        report.removed = gone.count
        guard !gone.isEmpty || !goneSkips.isEmpty else { return }
        try store.database.write { db in
            try SentenceSearchIndex.forgetDocuments(atPaths: gone, in: db)
            for path in gone { try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [path]) }
            for path in goneSkips { try db.execute(sql: "DELETE FROM skippedFile WHERE path = ?", arguments: [path]) }
            if !gone.isEmpty { try Self.documentsRemoved(db) }
        }
    }

    /// The files in batches of at most `batchSizes.text` files and `batchSizes.textBytes` bytes.
    private func textBatches(of files: [ScannedFile]) -> [[ScannedFile]] {
        var batches: [[ScannedFile]] = []
        var batch: [ScannedFile] = [], bytes = 0
        for file in files {
            if !batch.isEmpty, batch.count >= batchSizes.text || bytes + file.size > batchSizes.textBytes {
                batches.append(batch)
                batch = []
                bytes = 0
            }
            batch.append(file)
            bytes += file.size
        }
        if !batch.isEmpty { batches.append(batch) }
        return batches
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
        case .success(let document): return .loaded(file, hash: hash, document)
        case .failure(let failure): return .skipped(file, reason: failure.description)
        }
    }

    /// Writes a batch in one transaction, its full text included, and returns how many sentences it added.
    private func write(_ outcomes: [Outcome], known: [String: Fingerprint], into report: inout SyncReport) throws -> Int {
        var counts = SyncReport()
        let added = try store.database.write { db -> Int in
            let changed = outcomes.filter { !$0.isUnchanged(comparedWith: known) }.map(\.path)
            try SentenceSearchIndex.forgetDocuments(atPaths: changed, in: db)
            if changed.contains(where: { known[$0] != nil }) { try Self.documentsRemoved(db) }
            var firstSentence: Int64?, stored: [Int64] = []
            for outcome in outcomes {
                switch outcome {
                case let .loaded(file, hash, document):
                    if outcome.isUnchanged(comparedWith: known) {
                        try touch(file, in: db)
                        counts.unchanged += 1
                    } else {
                        let (id, first) = try storeText(of: document, from: file, hash: hash, in: db)
                        stored.append(id)
                        firstSentence = firstSentence ?? first
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
            return try firstSentence.map { try SentenceSearchIndex.add(documents: stored, sentencesFrom: $0, in: db) } ?? 0
        }
        report.added += counts.added
        report.updated += counts.updated
        report.unchanged += counts.unchanged
        report.read += outcomes.count
        report.bytesRead += counts.bytesRead
        report.skipped += counts.skipped
        report.repaired += counts.repaired
        return added
    }

    /// Records a new modification time for a file whose bytes did not change.
    private func touch(_ file: ScannedFile, in db: Database) throws {
        try db.execute(sql: "UPDATE document SET size = ?, modified = ? WHERE path = ?",
                       arguments: [file.size, file.modified, file.relativePath])
    }

    /// Replaces whatever the index held for the file with the freshly loaded document, through the
    /// text phase; returns its id and the id of its first sentence, nil when it has none.
    private func storeText(of document: LoadedDocument, from file: ScannedFile, hash: String, in db: Database) throws -> (Int64, Int64?) {
        try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [file.relativePath])
        try db.execute(sql: "DELETE FROM skippedFile WHERE path = ?", arguments: [file.relativePath])
        // The date the document declares, or the user's, shows in the list at once; the date its
        // text suggests waits for the dates phase.
        let dating = DocumentDating(declared: document.metadata.date, inferred: nil, override: documentDates[file.relativePath])
        var record = DocumentRecord(file: file, contentHash: hash, document: document, dating: dating, phase: .text)
        try record.insert(db)
        let documentID = record.id ?? db.lastInsertedRowID
        guard let firstSentenceID = try SentenceInserter(db).insert(document, documentID: documentID, in: db) else { return (documentID, nil) }
        try db.execute(sql: "UPDATE document SET firstSentenceId = ? WHERE id = ?", arguments: [firstSentenceID, documentID])
        return (documentID, firstSentenceID)
    }

    /// Notes that the mentions changed, so the entities must be resolved again, in the
    /// transaction that changed them.
    static func entitiesChanged(_ db: Database) throws {
        try db.execute(sql: "UPDATE indexState SET entitiesResolved = 0")
    }

    /// Notes, in the transaction that removes documents, that their mentions went (entities to
    /// resolve again) and that copy groups may have lost the member they were linked through.
    static func documentsRemoved(_ db: Database) throws {
        try db.execute(sql: "UPDATE indexState SET entitiesResolved = 0, claimGroupsChanged = 1")
    }
}
