import Foundation
import GRDB

/// Links copy groups whose canonical member changed to every other group sharing a block with
/// them (the same subject and measure, or a participant and event): candidates come from the
/// blocks alone, so linking grows with the corpus and not its square. Each pair is compared
/// once, on every core; only reading and writing the index runs on one thread.
struct ClaimLinker {
    let comparator = FrameComparator()

    /// A canonical claim sentence with the frames it has in the blocks read.
    private struct Group: Sendable {
        var copyKey: Int64
        var sentenceID: Int64
        var documentID: Int64
        var frames: [Int: ClaimFrame] = [:]
        var blocks: Set<Int64> = []
    }

    func link(groups dirty: [Int64], _ db: Database) throws {
        let dirtySet = Set(dirty)
        let blocks = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT c.block FROM claim c JOIN claimGroup g ON g.sentenceId = c.sentenceId WHERE g.copyKey IN (SELECT value FROM json_each(?))
            """, arguments: [JSONArray.of(dirty)])
        var groups: [Int64: Group] = [:]
        var members: [Int64: [Int64]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.block, c.sentenceId, c.frame, c.documentId, c.copyKey, c.data FROM claim c
            JOIN claimGroup g ON g.sentenceId = c.sentenceId WHERE c.block IN (SELECT value FROM json_each(?))
            """, arguments: [JSONArray.of(blocks)])
        while let row = try rows.next() {
            let block: Int64 = row[0], copyKey: Int64 = row[4], frame: Int = row[2]
            var group = groups[copyKey] ?? Group(copyKey: copyKey, sentenceID: row[1], documentID: row[3])
            if group.frames[frame] == nil, let decoded = FrameCodec.decode(row[5]) { group.frames[frame] = decoded }
            if group.blocks.insert(block).inserted { members[block, default: []].append(copyKey) }
            groups[copyKey] = group
        }
        let signatures = try self.signatures(of: Set(groups.values.map(\.documentID)), db)
        let comparator = comparator
        let (known, blockMembers) = (groups, members)
        let found = ConcurrentMap.map(dirty) { key -> [(Int64, Int64, FrameComparator.Verdict)] in
            guard let group = known[key] else { return [] }
            let frames = group.frames.sorted { $0.key < $1.key }.map(\.value)
            var seen: Set<Int64> = [key]
            var links: [(Int64, Int64, FrameComparator.Verdict)] = []
            for block in group.blocks.sorted() {
                for other in blockMembers[block] ?? [] where seen.insert(other).inserted {
                    // A pair of changed groups is compared once, from the smaller key.
                    guard !(dirtySet.contains(other) && other < key), let candidate = known[other], candidate.documentID != group.documentID else { continue }
                    if let mine = signatures[group.documentID], let theirs = signatures[candidate.documentID], mine.isCopy(of: theirs) { continue }
                    let theirFrames = candidate.frames.sorted { $0.key < $1.key }.map(\.value)
                    guard let verdict = comparator.compare(frames, theirFrames) else { continue }
                    links.append(key < other ? (key, other, verdict) : (other, key, Self.flipped(verdict)))
                }
            }
            return links
        }
        try store(found.joined(), db)
    }

    private static func flipped(_ verdict: FrameComparator.Verdict) -> FrameComparator.Verdict {
        var flipped = verdict
        (flipped.first, flipped.second) = (verdict.second, verdict.first)
        return flipped
    }

    private func signatures(of documents: Set<Int64>, _ db: Database) throws -> [Int64: DocumentSignature] {
        guard !documents.isEmpty else { return [:] }
        return try Dictionary(Row.fetchAll(db, sql: "SELECT documentId, minima FROM documentSignature WHERE documentId IN (SELECT value FROM json_each(?))",
                                           arguments: [JSONArray.of(documents)]).map { row in
            ((row[0] as Int64), DocumentSignature(bytes: [UInt8](row[1] as Data)))
        }, uniquingKeysWith: { first, _ in first })
    }

    private func store(_ links: some Sequence<(Int64, Int64, FrameComparator.Verdict)>, _ db: Database) throws {
        let insert = try BoundInsert("""
            INSERT OR IGNORE INTO claimLink (first, second, relation, confidence, firstFrame, secondFrame) VALUES (?, ?, ?, ?, ?, ?)
            """, db)
        for (first, second, verdict) in links.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            try insert.insert { row in
                row.add(first)
                row.add(second)
                row.add(verdict.relation.rawValue)
                row.add((verdict.confidence * 1000).rounded() / 1000)
                row.add(FrameCodec.encode(verdict.first))
                row.add(FrameCodec.encode(verdict.second))
            }
        }
    }
}
