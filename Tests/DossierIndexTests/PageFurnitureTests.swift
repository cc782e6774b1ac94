import Foundation
import Testing
@testable import DossierIndex

@Suite("Dropping page furniture, and nothing else")
struct PageFurnitureTests {
    let before = "The corridor was first proposed two decades ago, but investment was slow to arrive and the project stalled for years while the partners argued about"
    let after = "the financing of the final stretch of railway, which is still not built."

    @Test(arguments: ["12", "- 12 -", "Page 3 of 10", "page 7", "iv"])
    func pageNumbersAreRecognised(_ line: String) {
        #expect(PageFurniture.isPageNumber(line))
    }

    @Test(arguments: ["www.example.org", "https://example.com/report.pdf", "press@example.org", "example.co.uk/news"])
    func loneAddressesAreRecognised(_ line: String) {
        #expect(PageFurniture.isLoneURL(line))
    }

    @Test(arguments: ["Sl S tdindl 35 0", "AllianceAttemptBuildEurasianIranIsolatedRussia", "Limoges ( France ) 9 3 6 12"])
    func tableRowsAndGarbageAreTabular(_ line: String) {
        #expect(PageFurniture.isTabular(line))
    }

    @Test(arguments: ["In 2019 I met him in Paris", "Looking Ahead", "Conclusion", "The war in Ukraine", "civil", "Mix of Ideas"])
    func ordinaryLinesAreNeitherFurnitureNorTables(_ line: String) {
        #expect(!PageFurniture.isPageNumber(line) && !PageFurniture.isLoneURL(line) && !PageFurniture.isTabular(line))
    }

    @Test func footerInsideABrokenSentenceMovesAfterTheMendedSentence() throws {
        let text = hardWrap(before, width: 48) + "\n\nCentre for Regional Studies\n\nwww.crs.example.org\n\nQx t bdrk 35 0\n\n\n\n" + hardWrap(after, width: 48)
        let result = try paragraphs(text)
        #expect(result == [before + " " + after, "Centre for Regional Studies", "www.crs.example.org", "Qx t bdrk 35 0"])
    }

    @Test func lonePageNumberIsKeptButNumberedPagesLoseTheirNumbers() throws {
        let single = hardWrap(before + " money.", width: 48) + "\n\n12\n\nConclusion\n\n" + hardWrap(after.capitalized, width: 48)
        #expect(try paragraphs(single).contains("12"), "one number alone is no page numbering")
        let numbered = hardWrap(before + " money.", width: 48) + "\n\n12\n\nConclusion\n\n" + hardWrap(after.capitalized, width: 48) + "\n\n13\n\nMore text follows here."
        let result = try paragraphs(numbered)
        #expect(result.contains("Conclusion"))
        #expect(!result.contains("12") && !result.contains("13"))
    }

    /// Pages of realistic length: a running head recurs a page apart.
    private func page(_ word: String) -> String {
        hardWrap(String(repeating: before.replacingOccurrences(of: "corridor", with: word) + " money. ", count: 5), width: 48)
    }

    @Test func runningHeadRepeatedOnEveryPageIsDropped() throws {
        let text = ["Annual Review", page("corridor"), "Annual Review", page("pipeline"), "Annual Review", page("bridge")].joined(separator: "\n\n")
        #expect(try !paragraphs(text).contains("Annual Review"))
    }

    @Test func aLineRepeatedWithinAListIsNoRunningHead() throws {
        let text = """
            Seychelles v South Africa

            Mauritius v Madagascar

            Winners meet in final match

            Mozambique v Zimbabwe

            Namibia v Botswana

            Winners meet in final match

            Lesotho v Malawi

            Zambia v Swaziland

            Winners meet in final match
            """
        #expect(try paragraphs(text).filter { $0 == "Winners meet in final match" }.count == 3)
    }

    @Test func tableRowsInsideWrappedTextStayLinesOfTheirOwn() throws {
        let prose = hardWrap(before + " money. " + after.capitalized, width: 48)
        let table = "Limoges ( France ) 9 3 6 12\nPau-Orthez ( France ) 9 2 7 10\nSl S tdindl 35 0"
        let result = try paragraphs(prose + "\n" + table + "\n" + prose)
        for row in table.split(separator: "\n") { #expect(result.contains(String(row))) }
    }

    @Test func garbageInsideASentenceFollowsItsParagraph() throws {
        let lines = hardWrap(before + " " + after, width: 48).split(separator: "\n").map(String.init)
        let text = (lines[0..<2] + ["Sl S tdindl 35 0"] + lines[2...]).joined(separator: "\n") + "\n\n" + hardWrap(before + " money.", width: 48)
        let result = try paragraphs(text)
        #expect(result.first == before + " " + after)
        #expect(result.contains("Sl S tdindl 35 0"))
    }

    @Test func aListEntryRepeatedInsideALongerRowIsKept() throws {
        let text = "K Wall (Basildon AC).\nK Holmes (Ealing, Southall and Middlesex AC).\nH Clitheroe (Preston Harriers), K Holmes (Ealing, Southall and Middlesex AC)."
        #expect(try paragraphs(text).count == 3)
    }

    /// Every word of two or more letters in a messy file can be found by search, except the
    /// running head that repeats on every page.
    @Test func everyWordIsReachableBySearch() throws {
        let file = [
            "Annual Review", page("corridor"), "Annual Review", page("pipeline"), "Annual Review", page("bridge"),
            "Results\nLimoges ( France ) 9 3 6 12\nQx t bdrk 35 0\nZagreb Cibona 4 1 3 6",
            "Centre for Regional Studies", "www.crs.example.org", "vi", "AllianceAttemptBuildEurasianIranIsolatedRussia",
            "Winners meet in final match\nMozambique v Zimbabwe\nWinners meet in final match\nNamibia v Botswana\nWinners meet in final match",
        ].joined(separator: "\n\n")
        let corpus = try TemporaryCorpus(files: ["report.txt": file])
        let engine = try SearchEngine(corpus: corpus.open().corpus)
        let furniture: Set<String> = ["annual", "review"]
        let words = Set(file.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }.map { $0.lowercased() }).subtracting(furniture)
        #expect(try engine.search(QueryParser.parse("annual")).hits.isEmpty, "the running head is dropped")
        var unreachable: [String] = []
        for word in words.sorted() where try engine.search(QueryParser.parse(word)).hits.isEmpty {
            unreachable.append(word)
        }
        #expect(unreachable.isEmpty, "not found: \(unreachable)")
    }
}
