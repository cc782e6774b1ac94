import Foundation
import GRDB

extension Corpus {
    /// How far indexing has got, from the phase index without reading documents.
    public func indexStatus() throws -> IndexStatus {
        try read { db in
            var counts: [IndexPhase: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT phase, count(*) FROM document GROUP BY phase") {
                counts[IndexPhase(rawValue: row[0]) ?? .text] = row[1]
            }
            let through = Dictionary(uniqueKeysWithValues: IndexPhase.allCases.map { phase in
                (phase, counts.filter { $0.key >= phase }.values.reduce(0, +))
            })
            let state = try Row.fetchOne(db, sql: "SELECT entitiesResolved, claimGroupsChanged FROM indexState")
            return IndexStatus(documents: counts.values.reduce(0, +), through: through, entitiesResolved: state?[0] ?? false,
                               claimGroupsChanged: state?[1] ?? false)
        }
    }

    /// The files added, changed or removed in the folder since they were indexed, from what the
    /// file system says of them, without reading any.
    public func changesSinceIndexed() throws -> FolderChanges {
        let files = CorpusScanner.scan(root)
        let (stored, skipped) = try read { db in
            (try Row.fetchAll(db, sql: "SELECT path, size, modified FROM document"), try Row.fetchAll(db, sql: "SELECT path, size, modified FROM skippedFile"))
        }
        var known: [String: (size: Int, modified: Double)] = [:]
        for row in stored + skipped { known[row[0]] = (row[1], row[2]) }
        var changes = FolderChanges()
        for file in files {
            guard let entry = known.removeValue(forKey: file.relativePath) else {
                changes.added += 1
                continue
            }
            if entry.size != file.size || abs(entry.modified - file.modified) >= 0.000_001 { changes.changed += 1 }
        }
        changes.removed = known.count
        return changes
    }
}

extension Corpus {
    /// How many of each kind of thing indexing found in the corpus: claims are the sentences that hold one.
    public struct ContentCounts: Sendable, Equatable, Codable {
        public var mentions: Int
        public var entities: Int
        public var dates: Int
        public var claims: Int
        public var links: Int
    }

    /// Counts every row of the tables the phases fill; reads them all, so it is for reports, not for screens.
    public func contentCounts() throws -> ContentCounts {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            // A claim is stored once per frame and block; the sentences holding one are the claims a reader sees.
            let claims = try Int.fetchOne(db, sql: "SELECT count(DISTINCT sentenceId) FROM claim") ?? 0
            return ContentCounts(mentions: try count("mention"), entities: try count("entity"), dates: try count("timex"),
                                 claims: claims, links: try count("claimLink"))
        }
    }
}
