import Foundation
import GRDB
import Testing
@testable import DossierIndex

@Suite("Searching sentences")
struct SearchEngineTests {
    static let files = [
        "a.txt": """
        The arms embargo on Iran ended in October. Sanctions stayed in place for years.
        Arms were sold, and an embargo on oil followed much later in the year.
        """,
        "b.txt": """
        The naïve plan failed. Iran’s envoy spoke first. New embargoes were announced by the council.
        """,
        "c.md": """
        # Trade notes

        The arms trade grew. A total embargo was discussed.
        """,
    ]

    private func search(_ text: String, typing: Bool = false, in corpus: TemporaryCorpus? = nil) throws -> SearchResults {
        let corpus = try corpus ?? TemporaryCorpus(files: Self.files)
        return try SearchEngine(corpus: corpus.open().corpus).search(QueryParser.parse(text, typing: typing))
    }

    @Test func phraseBeatsScatteredWords() throws {
        let corpus = try TemporaryCorpus(files: [
            "scattered.txt": "Arms and an embargo.",
            "phrase.txt": "The long-awaited arms embargo on the northern region finally ended in October after many years of talks.",
        ])
        var engine = try SearchEngine(corpus: corpus.open().corpus)
        let query = QueryParser.parse("arms embargo")
        #expect(try engine.search(query).hits.map(\.documentPath) == ["phrase.txt", "scattered.txt"])
        let typing = QueryParser.parse("arms emb", typing: true)
        #expect(try engine.search(typing).hits.map(\.documentPath) == ["phrase.txt", "scattered.txt"], "a word half typed already counts")
        engine.phraseBoost = 1
        engine.proximityBoost = 1
        #expect(try engine.search(query).hits.map(\.documentPath) == ["scattered.txt", "phrase.txt"], "BM25 alone prefers the short sentence")
    }

    @Test(arguments: ["embargo", "arms embargo", "arms OR oil", "gas", "emb"])
    func scoresAreFTS5sOwnBM25(_ text: String) throws {
        // Enough other sentences that no word is common enough for BM25 to weigh it at almost nothing.
        let filler = (1...60).map { "Line \($0) is about something else entirely." }.joined(separator: "\n")
        // FTS5 stores a count above 127 in two bytes.
        let long = "The embargo held while " + Array(repeating: "talks", count: 150).joined(separator: " ") + " went on."
        let corpus = try TemporaryCorpus(files: Self.files.merging(["d.txt": "Gas, gas and more gas: the arms talks went on. \(long)",
                                                                    "filler.txt": filler]) { $1 })
        _ = try corpus.open()
        // Changed and added documents need their word counts recorded as well as new ones.
        try corpus.write("b.txt", "The embargo on arms and oil was lifted. Nobody expected it so soon.")
        try corpus.touch("b.txt", secondsAgo: 30)
        try corpus.write("e.txt", "An embargo, then another embargo; arms kept flowing all the same.")
        let opened = try corpus.open().corpus
        var engine = try SearchEngine(corpus: opened)
        engine.phraseBoost = 1
        engine.proximityBoost = 1
        let query = QueryParser.parse(text, typing: text == "emb")
        let expression = try #require(query.matchExpression)
        let expected = try opened.store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, -bm25(sentence_fts) FROM sentence_fts WHERE sentence_fts MATCH ?", arguments: [expression])
                .map { ($0[0] as Int64, $0[1] as Double) }
        }
        let hits = try engine.search(query).hits
        #expect(hits.count == expected.count)
        for (id, score) in expected {
            let hit = try #require(hits.first { $0.sentenceID == id })
            #expect(score > 0.1 && abs(hit.score - score) < 1e-9 * score, "\(text): sentence \(id) scored \(hit.score), FTS5 says \(score)")
        }
    }

    /// The boosts look for the words in the positions FTS5 reports for each candidate, and must
    /// find the sentences FTS5's own phrase and `NEAR` queries find.
    @Test(arguments: ["arms embargo", "embargo arms", "Iran's envoy spoke", "(oil OR gas) arms embargo -talks"])
    func boostsFindWhatFTS5sPhraseAndNearFind(_ text: String) throws {
        let corpus = try TemporaryCorpus(files: Self.files.merging([
            "near.txt": """
            Arms one two three four five six seven eight embargo. Arms one two three four five six seven eight nine embargo.
            The embargo on arms was oil-related. Arms, gas and an embargo; the arms embargo talks. Iran's envoy, who spoke first.
            An embargo arms nobody. The arms embargo hit oil exports.
            """,
        ]) { $1 })
        let opened = try corpus.open().corpus
        let engine = try SearchEngine(corpus: opened)
        let query = QueryParser.parse(text)
        let words = query.conjunctionTokens
        var notes: [String] = []
        let scope = try SearchScope(filters: [], corpus: opened, notes: &notes)
        try opened.store.database.read { db in
            let candidates = try engine.fetchCandidates(db, expression: query.matchExpression, scope: scope, limit: nil, withInstances: true)
            let layouts = candidates.map { ($0.sentenceID, ConjunctionLayout(instances: $0.instances, wordLengths: words.map(\.count))) }
            func matchingFTS5(_ expression: String) throws -> Set<Int64> {
                Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?", arguments: [expression]))
                    .intersection(candidates.map(\.sentenceID))
            }
            let near = try matchingFTS5("NEAR(" + words.map(SearchQuery.quoted).joined(separator: " ") + ", 8)")
            let phrase = try matchingFTS5(SearchQuery.quoted(words.flatMap { $0 }))
            #expect(!near.isEmpty && !phrase.isEmpty)
            #expect(Set(layouts.filter { $0.1.isWithin(8) }.map(\.0)) == near)
            #expect(Set(layouts.filter { $0.1.formsPhrase }.map(\.0)) == phrase)
        }
    }

    @Test func inflectionsMatch() throws {
        #expect(try search("sanction").hits.map(\.text) == ["Sanctions stayed in place for years."])
        #expect(try search("embargoes").totalHits == 4)
    }

    @Test func caseDiacriticsAndApostrophesDoNotMatter() throws {
        #expect(try search("NAIVE").hits.first?.text == "The naïve plan failed.")
        #expect(try search("iran's").hits.first?.text == "Iran’s envoy spoke first.")
        #expect(try search("Iran’s").hits.first?.text == "Iran’s envoy spoke first.")
    }

    @Test func highlightsMarkTheMatchedWords() throws {
        let results = try search("arms embargo")
        let hit = try #require(results.hits.first)
        let scalars = Array(hit.text.unicodeScalars)
        let marked = QueryHighlighter(query: results.query).ranges(in: hit.text).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(marked == ["arms", "embargo"])
    }

    @Test func prefixWhileTypingFindsLongerWords() throws {
        #expect(try search("emb", typing: true).totalHits == 4)
        #expect(try search("emb").totalHits == 0)
    }

    @Test func exclusionAndAlternatives() throws {
        #expect(try search("embargo -oil").totalHits == 3)
        #expect(try search("October OR council").totalHits == 2)
    }

    @Test func tiesFollowDocumentOrder() throws {
        let corpus = try TemporaryCorpus(files: ["2.txt": "Gas prices rose.", "1.txt": "Gas prices rose.", "10.txt": "Gas prices rose."])
        #expect(try search("gas", in: corpus).hits.map(\.documentPath) == ["1.txt", "2.txt", "10.txt"])
    }

    @Test func docFilterNarrowsAndExplainsMisses() throws {
        #expect(try search("embargo doc:b.txt").hits.map(\.documentPath) == ["b.txt"])
        #expect(try search("embargo -doc:b.txt").hits.allSatisfy { $0.documentPath != "b.txt" })
        let none = try search("embargo doc:nothing-like-this")
        #expect(none.hits.isEmpty)
        #expect(none.notes.contains("No document matches doc:nothing-like-this"))
    }

    @Test func entityFilterKeepsSentencesThatMentionTheEntityUnderAnyName() throws {
        let results = try search("embargo entity:Iran")
        #expect(Set(results.hits.map(\.text)) == ["The arms embargo on Iran ended in October."])
        let corpus = try TemporaryCorpus(files: [
            "raisi.txt": "President Ebrahim Raisi flew to Moscow on Tuesday. Raisi met officials there. The weather was mild.",
        ])
        let all = try search("entity:raisi", in: corpus)
        #expect(all.hits.map(\.text) == ["President Ebrahim Raisi flew to Moscow on Tuesday.", "Raisi met officials there."])
        let hit = try #require(all.hits.last)
        #expect(hit.mentionRanges.map { String(Array(hit.text.unicodeScalars)[$0].map(Character.init)) } == ["Raisi"])
        #expect(try search("entity:rai", typing: true, in: corpus).totalHits == 2, "a name still being typed matches as a prefix")
        #expect(try search("-entity:raisi officials", in: corpus).hits.isEmpty)
    }

    @Test func typeFilterNeedsAMentionOfThatType() throws {
        let corpus = try TemporaryCorpus(files: [
            "a.txt": "President Ebrahim Raisi spoke about trade. Trade with Russia grew. Trade figures were published.",
        ])
        #expect(try search("trade type:person", in: corpus).hits.map(\.text) == ["President Ebrahim Raisi spoke about trade."])
        #expect(try search("trade type:place", in: corpus).hits.map(\.text) == ["Trade with Russia grew."])
        #expect(try search("trade -type:person -type:place", in: corpus).hits.map(\.text) == ["Trade figures were published."])
        #expect(try search("trade type:person entity:russia", in: corpus).hits.isEmpty, "Russia is no person")
        #expect(try search("trade type:planet", in: corpus).notes.contains { $0.hasPrefix("Unknown type:planet") })
    }

    @Test func dateFiltersKeepSentencesWhoseDateLiesInTheSpan() throws {
        let corpus = try TemporaryCorpus(files: [
            "old.md": "---\ndate: 2019-05-01\n---\nThe embargo was debated. The embargo ended in October 2020.",
            "new.md": "---\ndate: 2024-02-01\n---\nThe embargo was debated again. The embargo lapsed in October 2023.",
        ])
        #expect(try search("embargo after:2021", in: corpus).hits.map(\.text).sorted()
            == ["The embargo lapsed in October 2023.", "The embargo was debated again."], "an undated sentence takes its document's date")
        #expect(try search("embargo before:2021-01", in: corpus).hits.map(\.text).sorted()
            == ["The embargo ended in October 2020.", "The embargo was debated."])
        #expect(try search("after:2020 before:2024", in: corpus).hits.map(\.text) == ["The embargo lapsed in October 2023."],
                "date filters alone list the dated sentences")
        #expect(try search("embargo after:2020-10-31 before:2020-12", in: corpus).hits.isEmpty)
        let impossible = try search("embargo after:2024 before:2020", in: corpus)
        #expect(impossible.hits.isEmpty)
        #expect(impossible.notes.contains("No date is both after and before the dates given"))
        #expect(try search("embargo after:someday", in: corpus).notes.contains { $0.hasPrefix("after:someday is not a date") })
    }

    @Test func aNameNoEntityHasSaysSo() throws {
        let results = try search("embargo entity:nobody-by-this-name")
        #expect(results.hits.isEmpty)
        #expect(results.notes.contains("No entity matches entity:nobody-by-this-name"))
    }

    @Test func countsPerDocumentAndOriginalOffsets() throws {
        let corpus = try TemporaryCorpus(files: Self.files)
        let results = try search("embargo", in: corpus)
        #expect(results.hitsPerDocument.values.sorted() == [1, 1, 2])
        let text = try String(contentsOf: corpus.root.appendingPathComponent("a.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for hit in results.hits where hit.documentPath == "a.txt" {
            #expect(String(String.UnicodeScalarView(scalars[hit.originalRange])) == hit.text)
        }
    }

    @Test func rankingStopsAtItsLimitAndSaysSo() throws {
        let corpus = try TemporaryCorpus(files: ["many.txt": (1...30).map { "Line \($0) mentions gas." }.joined(separator: "\n")])
        var engine = try SearchEngine(corpus: corpus.open().corpus)
        engine.rankingLimit = 10
        let results = try engine.search(QueryParser.parse("gas"))
        #expect(results.isTotalCapped)
        #expect(results.totalHits == 10)
        #expect(results.notes.contains { $0.hasPrefix("Ranked the first 10") })
    }

    @Test func hitsOfOneDocumentAndDocumentsWithHits() throws {
        let corpus = try TemporaryCorpus(files: Self.files)
        let engine = try SearchEngine(corpus: corpus.open().corpus)
        let query = QueryParser.parse("embargo")
        let documents = try engine.documentsWithHits(for: query)
        let paths = try corpus.open().corpus.documents()
        #expect(documents.compactMap { id in paths.first { $0.id == id }?.path } == ["a.txt", "b.txt", "c.md"])
        let inA = try engine.hits(inDocument: documents[0], for: query)
        #expect(inA.map(\.ordinal) == [0, 2])
    }

    @Test func hitsStayWithTheirDocumentsAfterIncrementalUpdates() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Alpha apples. Alpha again.", "b.txt": "Beta bananas.", "c.txt": "Gamma grapes. Gamma more."])
        _ = try corpus.open()
        try corpus.write("c.txt", "Gamma grapes changed. Gamma pears now. Gamma plums too.")
        try corpus.touch("c.txt", secondsAgo: 30)
        try corpus.remove("b.txt")
        try corpus.write("d.txt", "Delta dates. Delta figs.")
        let engine = try SearchEngine(corpus: corpus.open().corpus)
        for (word, path, ordinals) in [("apples", "a.txt", [0]), ("plums", "c.txt", [2]), ("figs", "d.txt", [1]), ("gamma", "c.txt", [0, 1, 2])] {
            let hits = try engine.search(QueryParser.parse(word)).hits
            #expect(hits.allSatisfy { $0.documentPath == path }, "\(word): \(hits.map(\.documentPath))")
            #expect(hits.map(\.ordinal).sorted() == ordinals, "\(word)")
        }
        #expect(try engine.search(QueryParser.parse("bananas")).hits.isEmpty)
    }

    @Test func hostileQueriesNeverReachSQLiteAsErrors() throws {
        let corpus = try TemporaryCorpus(files: Self.files)
        let engine = try SearchEngine(corpus: corpus.open().corpus)
        for text in ["\"", "(((", "-", "*", "OR", "NEAR(a b)", "a:b:c", "^x", "\"a\" \"", "x AND", "{col}: y", String(repeating: "(", count: 500),
                     String(repeating: "a ", count: 5_000), "\u{0}\u{1}\u{2}embargo", "emb*rgo", "e*", "'; DROP TABLE sentence; --"] {
            _ = try engine.search(QueryParser.parse(text))
            _ = try engine.search(QueryParser.parse(text, typing: true))
        }
        #expect(try engine.search(QueryParser.parse("embargo")).totalHits == 4)
    }
}

@Suite("Search history")
struct SearchHistoryFileTests {
    @Test func savesAtomicallyAndLoadsBack() throws {
        let corpus = try TemporaryCorpus()
        let file = SearchHistoryFile(url: corpus.cache.appendingPathComponent("state/dossier/x.history"))
        #expect(file.load().isEmpty)
        try file.save(["arms embargo", "trade volume"])
        #expect(file.load() == ["arms embargo", "trade volume"])
        try file.save(["only one"])
        #expect(file.load() == ["only one"])
    }

    @Test func oneFilePerCorpusInTheStateDirectory() {
        let environment = ["XDG_STATE_HOME": "/tmp/state"]
        let first = SearchHistoryFile.standard(for: URL(fileURLWithPath: "/data/a"), environment: environment)
        let second = SearchHistoryFile.standard(for: URL(fileURLWithPath: "/data/b"), environment: environment)
        #expect(first.url.path.hasPrefix("/tmp/state/dossier/a-"))
        #expect(first.url != second.url)
    }
}
