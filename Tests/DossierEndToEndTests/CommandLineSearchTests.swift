import Foundation
import Testing

/// `dossier search` for scripts: JSON with offsets into the original files, grep's exit status,
/// and no terminal escapes when the output is piped.
@Suite struct CommandLineSearchTests {
    private func dossier(_ arguments: [String]) throws -> ProcessOutcome {
        try DossierExecutable.run(arguments)
    }

    @Test func jsonHitsPointIntoTheOriginalFiles() throws {
        let outcome = try dossier(["search", "arms embargo", "--corpus", DossierExecutable.seeds.path, "--json"])
        #expect(outcome.exitStatus == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(hits.count == 4)
        for hit in hits {
            #expect(Set(hit.keys) == ["doc", "title", "sentence", "start", "end", "score"])
            let doc = try #require(hit["doc"] as? String), sentence = try #require(hit["sentence"] as? String)
            let start = try #require(hit["start"] as? Int), end = try #require(hit["end"] as? Int)
            let original = Array(try String(contentsOf: DossierExecutable.seeds.appending(path: doc), encoding: .utf8).unicodeScalars)
            let cut = String(String.UnicodeScalarView(original[start..<end]))
            #expect(cut.split(whereSeparator: \.isWhitespace) == sentence.split(whereSeparator: \.isWhitespace))
            #expect(sentence.lowercased().contains("arms embargo"))
        }
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >), "best first")
    }

    @Test func aQueryMayBeginWithADash() throws {
        let quoted = try dossier(["search", "-Iran Russia", "--corpus", DossierExecutable.seeds.path, "--json", "--quiet"])
        #expect(quoted.exitStatus == 0, "\(quoted.standardError)")
        let sentences = try #require(try JSONSerialization.jsonObject(with: Data(quoted.standardOutput.utf8)) as? [[String: Any]]).compactMap { $0["sentence"] as? String }
        #expect(!sentences.isEmpty)
        let words = sentences.map { Set($0.lowercased().split { !$0.isLetter }) }
        #expect(words.allSatisfy { !$0.contains("iran") && !$0.isDisjoint(with: ["russia", "russian", "russia’s"]) }, "-Iran excludes, as in the explorer")
        let split = try dossier(["search", "--corpus", DossierExecutable.seeds.path, "-Iran", "Russia", "--json", "--quiet"])
        #expect(split.standardOutput == quoted.standardOutput, "the same query in two words")
        let typo = try dossier(["search", "Iran", "--limt", "3", "--corpus", DossierExecutable.seeds.path])
        #expect(typo.exitStatus == 64)
        #expect(typo.standardError.hasPrefix("Error: unknown option '--limt'"))
    }

    @Test func nothingMatchedExitsOneLikeGrep() throws {
        let outcome = try dossier(["search", "zebra crossing", "--corpus", DossierExecutable.seeds.path])
        #expect(outcome.exitStatus == 1)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func pipedOutputIsPlainText() throws {
        let outcome = try dossier(["search", "embargo", "--corpus", DossierExecutable.seeds.path, "--limit", "2"])
        #expect(outcome.exitStatus == 0)
        #expect(!outcome.standardOutput.contains("\u{1B}["))
        #expect(outcome.standardOutput.split(separator: "\n").count == 4, "two hits, two lines each:\n\(outcome.standardOutput)")
    }

    @Test func hostileQueriesAreReadOrExplainedNeverAnSQLError() throws {
        for query in ["\"unbalanced", "(((", "-", "OR", "NEAR(x", "a:b", "^", String(repeating: "embargo ", count: 2_000)] {
            let outcome = try dossier(["search", query, "--corpus", DossierExecutable.seeds.path])
            #expect(outcome.exitStatus == 0 || outcome.exitStatus == 1, "\(query): \(outcome.standardError)")
            #expect(!outcome.standardError.lowercased().contains("sqlite"), "\(query): \(outcome.standardError)")
            #expect(!outcome.standardError.contains("fts5"), "\(query): \(outcome.standardError)")
        }
    }
}
