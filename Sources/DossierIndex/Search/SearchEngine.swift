import Foundation
import GRDB

/// Runs searches over a corpus's sentence index: BM25 ranking, with a boost for sentences where
/// the words stand together as typed or close to each other, and ties broken in document order.
public struct SearchEngine: Sendable {
    public let corpus: Corpus
    /// How many hits a search returns.
    public var resultLimit = 100
    /// How many matching sentences are ranked and counted at most, which bounds the time one
    /// keystroke can take on a very common word.
    public var rankingLimit = 2_000
    /// Scores multiply by this when the words appear as one phrase, and by `proximityBoost` when
    /// they appear within `proximityWindow` words of each other.
    public var phraseBoost = 2.0
    public var proximityBoost = 1.5
    public var proximityWindow = 8
    /// A document's position in the document list, for ordering ties.
    private let documentOrder: [Int64: Int]
    private let locator: SentenceLocator
    private let bm25: BM25

    public init(corpus: Corpus) throws {
        self.corpus = corpus
        documentOrder = Dictionary(uniqueKeysWithValues: try corpus.documents().enumerated().map { ($0.element.id, $0.offset) })
        locator = try corpus.store.database.read(SentenceLocator.init)
        bm25 = BM25(sentenceCount: locator.sentenceCount, averageWordCount: locator.averageWordCount)
    }

    /// A matching sentence before its text is fetched.
    struct Candidate {
        var sentenceID: Int64
        var documentID: Int64
        var ordinal: Int
        var wordCount: Int
        /// Where the query's phrases occur in it, when the ranking needs to know.
        var instances: [PhraseInstance]
        var score: Double
        /// The document's place in the list, which breaks ties.
        var documentOrder: Int
    }

    public func search(_ query: SearchQuery) throws -> SearchResults {
        var notes = query.notes
        let scope = try SearchScope(filters: query.filters, corpus: corpus, notes: &notes)
        guard !scope.isEmpty, query.matchExpression != nil || scope.selectsSentences else { return SearchResults(query: query, notes: notes) }
        return try corpus.store.detectingCorruption {
            try corpus.store.database.read { db in
                let candidates = try fetchCandidates(db, expression: query.matchExpression, scope: scope, limit: rankingLimit + 1,
                                                     withInstances: query.conjunctionTokens.count >= 2)
                let isCapped = candidates.count > rankingLimit
                let counted = Array(candidates.prefix(rankingLimit))
                let ranked = try rank(counted, query: query, db: db)
                let hits = try details(of: Array(ranked.prefix(resultLimit)), scope: scope, db: db)
                if isCapped { notes.append("Ranked the first \(rankingLimit.formatted()) of many matches; add words to narrow the search") }
                return SearchResults(query: query, hits: hits, totalHits: counted.count, isTotalCapped: isCapped,
                                     hitsPerDocument: Dictionary(grouping: counted, by: \.documentID).mapValues(\.count), notes: notes)
            }
        }
    }

    /// Every matching sentence of one document in reading order.
    public func hits(inDocument documentID: Int64, for query: SearchQuery) throws -> [SearchHit] {
        var notes: [String] = []
        let scope = try SearchScope(document: documentID, narrowing: SearchScope(filters: query.filters, corpus: corpus, notes: &notes))
        guard !scope.isEmpty, query.matchExpression != nil || scope.selectsSentences else { return [] }
        return try corpus.store.detectingCorruption {
            try corpus.store.database.read { db in
                let candidates = try fetchCandidates(db, expression: query.matchExpression, scope: scope, limit: nil)
                return try details(of: candidates, scope: scope, db: db).sorted { $0.ordinal < $1.ordinal }
            }
        }
    }

    /// The documents that hold at least one match, in document-list order.
    public func documentsWithHits(for query: SearchQuery) throws -> [Int64] {
        var notes: [String] = []
        let scope = try SearchScope(filters: query.filters, corpus: corpus, notes: &notes)
        guard !scope.isEmpty, query.matchExpression != nil || scope.selectsSentences else { return [] }
        let ids = try corpus.store.database.read { db in
            let (sql, arguments) = candidateQuery(expression: query.matchExpression, scope: scope, selecting: .documents, limit: nil)
            return try Int64.fetchAll(db, sql: sql, arguments: arguments)
        }
        return ids.sorted { (documentOrder[$0] ?? .max) < (documentOrder[$1] ?? .max) }
    }

    // MARK: Candidates and ranking

    /// Matching sentences in index order, without scores: streaming them is cheap even for common
    /// words. With `withInstances`, each comes with where the query's phrases occur in it.
    func fetchCandidates(_ db: Database, expression: String?, scope: SearchScope, limit: Int?, withInstances: Bool = false) throws -> [Candidate] {
        let selection: CandidateSelection = withInstances && expression != nil ? .sentencesWithInstances : .sentences
        let (sql, arguments) = candidateQuery(expression: expression, scope: scope, selecting: selection, limit: limit)
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var result: [Candidate] = []
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard let location = locator.locate(id) else { continue }
            let instances = selection == .sentencesWithInstances ? PhraseInstance.decode(row[1]) : []
            result.append(Candidate(sentenceID: id, documentID: location.documentID, ordinal: location.ordinal, wordCount: location.wordCount,
                                    instances: instances, score: 0, documentOrder: documentOrder[location.documentID] ?? .max))
        }
        return result
    }

    /// What a candidate query returns for each matching sentence.
    private enum CandidateSelection {
        case sentences, sentencesWithInstances, documents

        /// The columns when the sentence table is joined, and when the full-text index answers alone.
        var columns: (joined: String, alone: String?) {
            switch self {
            case .sentences: ("s.id", "rowid")
            case .sentencesWithInstances: ("s.id, \(PhraseInstancesFunction.name)(sentence_fts)", "rowid, \(PhraseInstancesFunction.name)(sentence_fts)")
            case .documents: ("DISTINCT s.documentId", nil)
            }
        }
    }

    /// The SQL that lists matching sentences: the full-text index alone when nothing narrows the
    /// search, joined to the sentences when filters do, and the sentences alone when filters
    /// choose them without any word to match (`entity:Raisi`).
    private func candidateQuery(expression: String?, scope: SearchScope, selecting selection: CandidateSelection, limit: Int?) -> (String, StatementArguments) {
        let limitClause = limit.map { "LIMIT \($0)" } ?? ""
        let columns = selection.columns
        guard let expression else {
            let sql = "SELECT \(selection == .documents ? columns.joined : "s.id") FROM sentence s WHERE 1 \(scope.clause) ORDER BY s.id \(limitClause)"
            return (sql, StatementArguments(scope.arguments))
        }
        if scope.isUnrestricted, let alone = columns.alone {
            return ("SELECT \(alone) FROM sentence_fts WHERE sentence_fts MATCH ? \(limitClause)", [expression])
        }
        let sql = """
            SELECT \(columns.joined) FROM sentence_fts JOIN sentence s ON s.id = sentence_fts.rowid
            WHERE sentence_fts MATCH ? \(scope.clause) \(limitClause)
            """
        return (sql, StatementArguments([expression] + scope.arguments))
    }

    /// Scores candidates by BM25 over the query's selective words, boosts phrase and proximity
    /// matches, and sorts best first.
    ///
    /// BM25 needs every row that holds each word, which for a word found in most sentences costs
    /// more than a keystroke may; such words weigh almost nothing in BM25 anyway, so they are left
    /// out of the score (and a query of only such words keeps document order).
    func rank(_ candidates: [Candidate], query: SearchQuery, db: Database) throws -> [Candidate] {
        var byID = Dictionary(candidates.map { ($0.sentenceID, $0) }, uniquingKeysWith: { first, _ in first })
        let wanted = query.wantedExpressions
        // One word found more often than the ranking limit is common by definition; no need to count it.
        let selective = wanted.count == 1 && candidates.count < rankingLimit ? wanted
            : try wanted.filter { try count(db, $0, upTo: rankingLimit + 1) <= rankingLimit }
        if !selective.isEmpty {
            try scoreByBM25(&byID, phrases: selective, db: db)
        }
        let wordLengths = query.conjunctionTokens.map(\.count)
        if wordLengths.count >= 2 {
            byID = byID.mapValues { boosted($0, wordLengths: wordLengths) }
        }
        return byID.values.sorted(by: isRankedBefore)
    }

    /// Multiplies the score of a sentence where the conjunction's words stand near each other,
    /// and again where they form the phrase as typed.
    private func boosted(_ candidate: Candidate, wordLengths: [Int]) -> Candidate {
        let layout = ConjunctionLayout(instances: candidate.instances, wordLengths: wordLengths)
        var boosted = candidate
        for (applies, boost) in [(layout.isWithin(proximityWindow), proximityBoost), (layout.formsPhrase, phraseBoost)] where applies {
            // A sentence scored zero (only common words) still rises above the rest.
            boosted.score = boosted.score == 0 ? boost - 1 : boosted.score * boost
        }
        return boosted
    }

    /// Gives each candidate its BM25 score over `phrases`, weighing each phrase by how many
    /// sentences of the whole index hold it.
    private func scoreByBM25(_ byID: inout [Int64: Candidate], phrases: [String], db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, \(PhraseInstancesFunction.name)(sentence_fts) FROM sentence_fts WHERE sentence_fts MATCH ?",
                                    arguments: [phrases.joined(separator: " OR ")])
        let frequencies = rows.map { (id: $0[0] as Int64, counts: PhraseInstance.frequencies(PhraseInstance.decode($0[1]), phraseCount: phrases.count)) }
        var matching = [Int](repeating: 0, count: phrases.count)
        for row in frequencies {
            for (phrase, count) in row.counts.enumerated() where count > 0 { matching[phrase] += 1 }
        }
        let weights = matching.map(bm25.weight(ofPhraseIn:))
        for row in frequencies {
            guard var candidate = byID[row.id] else { continue }
            candidate.score = bm25.score(frequencies: row.counts, weights: weights, wordCount: candidate.wordCount)
            byID[row.id] = candidate
        }
    }

    /// How many sentences match `expression`, counting no further than `limit`.
    private func count(_ db: Database, _ expression: String, upTo limit: Int) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ? LIMIT ?)",
                         arguments: [expression, limit]) ?? 0
    }

    private func isRankedBefore(_ left: Candidate, _ right: Candidate) -> Bool {
        if left.score != right.score { return left.score > right.score }
        if left.documentOrder != right.documentOrder { return left.documentOrder < right.documentOrder }
        return left.ordinal < right.ordinal
    }

    /// Fetches text and document details for candidates, keeping their order, with the mentions
    /// the filters asked for.
    func details(of candidates: [Candidate], scope: SearchScope, db: Database) throws -> [SearchHit] {
        guard !candidates.isEmpty else { return [] }
        let ids = JSONArray.of(candidates.map(\.sentenceID))
        let statement = try db.cachedStatement(sql: """
            SELECT s.id, s.text, s.paragraph, s.originalStart, s.originalEnd, d.title, d.path
            FROM sentence s JOIN document d ON d.id = s.documentId
            WHERE s.id IN (SELECT value FROM json_each(?))
            """)
        let rows = try Row.fetchAll(statement, arguments: [ids])
        let byID = Dictionary(rows.map { (($0[0] as Int64), $0) }, uniquingKeysWith: { first, _ in first })
        let mentions = try mentionRanges(inSentences: ids, scope: scope, db: db)
        return candidates.compactMap { candidate in
            guard let row = byID[candidate.sentenceID] else { return nil }
            return SearchHit(sentenceID: candidate.sentenceID, documentID: candidate.documentID, documentPath: row[6], documentTitle: row[5],
                             ordinal: candidate.ordinal, paragraph: row[2], text: row[1],
                             originalRange: (row[3] as Int)..<(row[4] as Int), score: candidate.score,
                             mentionRanges: mentions[candidate.sentenceID] ?? [])
        }
    }

    /// Where the entities the filters chose are mentioned in each sentence, relative to it.
    private func mentionRanges(inSentences ids: String, scope: SearchScope, db: Database) throws -> [Int64: [Range<Int>]] {
        guard let condition = scope.highlightCondition else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.sentenceId, m.start - s.start, m."end" - s.start FROM mention m JOIN sentence s ON s.id = m.sentenceId
            WHERE m.sentenceId IN (SELECT value FROM json_each(?)) AND \(condition) ORDER BY m.start
            """, arguments: StatementArguments([ids] + scope.highlightArguments))
        return Dictionary(grouping: rows, by: { $0[0] as Int64 }).mapValues { $0.map { ($0[1] as Int)..<($0[2] as Int) } }
    }

}
