import Foundation
import Testing

/// `dossier entities` and `dossier mentions` for scripts: the JSON shapes the issue promises, with
/// offsets into the original files.
@Suite struct CommandLineEntityTests {
    @Test func entitiesAreListedMostMentionedFirstWithAliasesAndDocuments() throws {
        let outcome = try DossierExecutable.run(["entities", "--corpus", DossierExecutable.seeds.path, "--json"])
        #expect(outcome.exitStatus == 0)
        let entities = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(!entities.isEmpty)
        for entity in entities {
            #expect(Set(entity.keys) == ["name", "type", "aliases", "mentions", "docs"])
            let docs = try #require(entity["docs"] as? [String: Int])
            #expect(docs.values.reduce(0, +) == entity["mentions"] as? Int, "mentions add up over the documents")
            #expect(["person", "organization", "place", "other"].contains(entity["type"] as? String ?? ""))
        }
        let mentions = entities.compactMap { $0["mentions"] as? Int }
        #expect(mentions == mentions.sorted(by: >))
        let raisi = try #require(entities.first { ($0["aliases"] as? [String])?.contains("Raisi") == true })
        #expect(raisi["type"] as? String == "person")
        #expect((raisi["name"] as? String)?.hasSuffix("Raisi") == true)
    }

    @Test func filtersByDocumentAndType() throws {
        let outcome = try DossierExecutable.run(["entities", "--corpus", DossierExecutable.seeds.path, "--doc", "000_fd1fe431e2db35de.txt",
                                                 "--type", "place", "--json"])
        let entities = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(!entities.isEmpty)
        #expect(entities.allSatisfy { $0["type"] as? String == "place" })
        #expect(entities.allSatisfy { ($0["docs"] as? [String: Int])?.keys.contains("000_fd1fe431e2db35de.txt") == true })
        let wrong = try DossierExecutable.run(["entities", "--corpus", DossierExecutable.seeds.path, "--type", "planet"])
        #expect(wrong.exitStatus != 0)
        #expect(wrong.standardError.contains("unknown type 'planet'"))
    }

    @Test func mentionsPointIntoTheOriginalFiles() throws {
        let outcome = try DossierExecutable.run(["mentions", "--corpus", DossierExecutable.seeds.path, "--json"])
        #expect(outcome.exitStatus == 0)
        let mentions = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(mentions.count > 100)
        var files: [String: [Unicode.Scalar]] = [:]
        for mention in mentions {
            #expect(Set(mention.keys) == ["doc", "start", "end", "text", "type", "entity"])
            let doc = try #require(mention["doc"] as? String)
            let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
            let original = try files[doc] ?? Array(String(contentsOf: DossierExecutable.seeds.appending(path: doc), encoding: .utf8).unicodeScalars)
            files[doc] = original
            let cut = String(String.UnicodeScalarView(original[start..<end]))
            // Normalising joined "Su-" and "35" across a line break; the characters are the same.
            #expect(cut.filter { !$0.isWhitespace } == (mention["text"] as? String)?.filter { !$0.isWhitespace })
        }
    }
}
