import Foundation
import Testing
@testable import DossierIndex

@Suite("Scoring document dates against annotated ones")
struct DocumentDateScoreTests {
    @Test func coveringExactUndatedAndWrongAreCountedApart() {
        var score = DocumentDateScore()
        score.add(found: "2005-02-14", annotated: "2005-02-14", precision: "day")
        score.add(found: "2005-02", annotated: "2005-02-14", precision: "day")
        score.add(found: "2005", annotated: "2005-06-01", precision: "year")
        score.add(found: nil, annotated: "2005-02-14", precision: "day")
        score.add(found: "2001-09-11", annotated: "2004-09-11", precision: "day")
        #expect(score == {
            var expected = DocumentDateScore()
            expected.annotated = 5
            expected.undated = 1
            expected.covering = 3
            expected.exact = 2
            return expected
        }())
        #expect(score.wrong == 1)
    }

    @Test func bbcAnnotationsDecodeWithTheirDateAndTypes() throws {
        let json = """
            {"doc": "business/011.txt", "documentDate": "2005-02-14", "documentDatePrecision": "day", "documentDateEvidence": "x",
             "timexes": [{"start": 10, "end": 18, "text": "Saturday", "type": "DATE", "value": "2005-02-12", "mod": null, "endValue": null},
                         {"start": 30, "end": 41, "text": "about a year", "type": "DURATION", "value": "P1Y", "mod": "APPROX", "endValue": null}]}
            """
        let document = try JSONDecoder().decode(TimexAnnotation.Document.self, from: Data(json.utf8))
        #expect(document.documentDate == "2005-02-14")
        #expect(document.timexes.map(\.type) == [.date, .duration])
        #expect(document.timexes.last?.mod == .approx)
    }
}

@Suite("Setting a document's date in dossier.toml")
struct DocumentDateSettingTests {
    @Test func theDateIsWrittenBesideTheUsersOwnLinesAndAppliedAtOnce() throws {
        let corpus = try TemporaryCorpus(files: [
            "news/a.txt": "Storm closes ports\n\nThe storm closed every port on Friday, the coastguard said.",
            "dossier.toml": "# my corrections\n[entities.ignore]\n\"Storm\" = true\n",
        ])
        let opened = try corpus.open().corpus
        #expect(try opened.timeline().isEmpty, "Friday needs a document date")
        let document = try #require(try opened.setDate("2005-02-14", ofDocumentAt: "news/a.txt"))
        #expect(document.date == "2005-02-14" && !document.dateInferred)
        #expect(try opened.timeline().map(\.value.value) == ["2005-02-11"], "Friday is valued against the new date")
        let file = try String(contentsOf: corpus.root.appendingPathComponent("dossier.toml"), encoding: .utf8)
        #expect(file.hasPrefix("# my corrections\n[entities.ignore]\n\"Storm\" = true\n"))
        #expect(try DocumentOverrides(toml: file).dates == ["news/a.txt": "2005-02-14"])
    }
}
