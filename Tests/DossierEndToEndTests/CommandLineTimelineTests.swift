import Foundation
import Testing

/// `dossier timeline`, `dossier docs` and `dossier xrefs` for scripts: the JSON shapes the issues
/// promise, with offsets into the original files.
@Suite struct CommandLineTimelineTests {
    private func json(_ arguments: [String]) throws -> [[String: Any]] {
        let outcome = try DossierExecutable.run(arguments + ["--corpus", DossierExecutable.seeds.path, "--json"])
        #expect(outcome.exitStatus == 0, "\(outcome.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
    }

    private func original(_ doc: String) throws -> [Unicode.Scalar] {
        Array(try String(contentsOf: DossierExecutable.seeds.appending(path: doc), encoding: .utf8).unicodeScalars)
    }

    @Test func timelineListsEveryDateInTimeOrderWithOffsetsIntoTheFiles() throws {
        let events = try json(["timeline"])
        #expect(events.count > 30)
        for event in events {
            #expect(Set(event.keys) == ["value", "mod", "end_value", "text", "doc", "sentence", "start", "end", "anchored"])
            #expect(event["mod"] is NSNull || ["START", "MID", "END"].contains(event["mod"] as? String ?? ""))
            #expect(event["anchored"] is Bool)
            let doc = try #require(event["doc"] as? String), text = try #require(event["text"] as? String)
            let start = try #require(event["start"] as? Int), end = try #require(event["end"] as? Int)
            let cut = String(String.UnicodeScalarView(try original(doc)[start..<end]))
            #expect(cut.split(whereSeparator: \.isWhitespace) == text.split(whereSeparator: \.isWhitespace), "a date may cross a line break")
            #expect((event["sentence"] as? String)?.contains(text) == true)
        }
        let century = try #require(events.first { ($0["text"] as? String)?.hasSuffix("late 16th century") == true })
        #expect(century["value"] as? String == "15")
        #expect(century["mod"] as? String == "END")
        #expect(events.first?["value"] as? String == "15", "the earliest date comes first")
        let range = try #require(events.first { $0["end_value"] is String })
        #expect((range["value"] as? String ?? "") < (range["end_value"] as? String ?? ""))
    }

    @Test func timelineNarrowsToOneDocumentAndSaysWhatItCannotRead() throws {
        let events = try json(["timeline", "--doc", "004_01fb20c1ab9eae2c.txt"])
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0["doc"] as? String == "004_01fb20c1ab9eae2c.txt" })
        let wrong = try DossierExecutable.run(["timeline", "--corpus", DossierExecutable.seeds.path, "--from", "someday"])
        #expect(wrong.exitStatus != 0)
        #expect(wrong.standardError.contains("--from someday is not a date"))
    }

    @Test func docsSayWhichDatesWereInferred() throws {
        let documents = try json(["docs"])
        #expect(documents.count == 5)
        for document in documents {
            #expect(Set(document.keys) == ["doc", "title", "date", "date_inferred", "words", "sentences"])
            #expect(document["date_inferred"] as? Bool == !(document["date"] is NSNull), "the seeds declare no dates, so every date found is inferred")
        }
    }

    @Test func crossReferencesNameBothClaimsAndTheValuesCompared() throws {
        let references = try json(["xrefs"])
        #expect(!references.isEmpty)
        for reference in references {
            #expect(Set(reference.keys) == ["relation", "confidence", "a", "b", "values"])
            #expect(["agree", "conflict", "related"].contains(reference["relation"] as? String ?? ""))
            let a = try #require(reference["a"] as? [String: Any]), b = try #require(reference["b"] as? [String: Any])
            #expect(a["doc"] as? String != b["doc"] as? String, "claims are linked across documents")
            for side in [a, b] {
                let doc = try #require(side["doc"] as? String)
                let start = try #require(side["start"] as? Int), end = try #require(side["end"] as? Int)
                let cut = String(String.UnicodeScalarView(try original(doc)[start..<end]))
                #expect(cut.split(whereSeparator: \.isWhitespace).first == (side["sentence"] as? String)?.split(whereSeparator: \.isWhitespace).first)
            }
        }
        #expect(references.allSatisfy { ($0["confidence"] as? Double ?? 0) >= 0.5 }, "links under the floor are hidden")
    }
}
