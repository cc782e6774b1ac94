import Foundation
import GRDB
import Testing
@testable import DossierIndex

@Suite("Porter stemming")
struct PorterStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"),
        ("sing", "sing"), ("hopping", "hop"), ("falling", "fall"), ("filing", "file"), ("happy", "happi"), ("relational", "relat"),
        ("conditional", "condit"), ("digitizer", "digit"), ("vietnamization", "vietnam"), ("hopefulness", "hope"), ("formaliti", "formal"),
        ("electrical", "electr"), ("replacement", "replac"), ("adoption", "adopt"), ("generalizations", "gener"), ("controll", "control"),
        ("embargoes", "embargo"), ("sanctions", "sanction"),
    ])
    func classicExamples(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func wordsFTS5WouldNotStemPassThrough() {
        #expect(PorterStemmer.stem("na") == "na")
        #expect(PorterStemmer.stem("naïves") == "naïves")
        #expect(PorterStemmer.stem("abc123") == "abc123")
    }

    /// SQLite's own porter tokenizer is the oracle: every word of the sample corpus must stem the same.
    @Test func agreesWithSQLiteOnTheSampleCorpus() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        let text = try CorpusScanner.scan(seeds).map { try String(contentsOf: $0.url, encoding: .utf8) }.joined(separator: " ")
        let words = Set(text.lowercased().split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init))
        let queue = try DatabaseQueue()
        let stems = try queue.write { db -> [String: String] in
            try db.execute(sql: "CREATE VIRTUAL TABLE words USING fts5(word, tokenize = 'porter ascii')")
            try db.execute(sql: "CREATE VIRTUAL TABLE terms USING fts5vocab(words, 'instance')")
            var result: [String: String] = [:]
            for (rowid, word) in words.enumerated() {
                try db.execute(sql: "INSERT INTO words(rowid, word) VALUES (?, ?)", arguments: [rowid, word])
            }
            for row in try Row.fetchAll(db, sql: "SELECT doc, term FROM terms") {
                let index: Int = row[0]
                result[Array(words)[index]] = row[1]
            }
            return result
        }
        #expect(stems.count == words.count)
        let disagreements = stems.filter { PorterStemmer.stem($0.key) != $0.value }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }
}
