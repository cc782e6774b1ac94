import Testing
@testable import DossierIndex

@Suite("Dropping page furniture")
struct PageFurnitureTests {
    let before = "The corridor was first proposed two decades ago, but investment was slow to arrive and the project stalled for years while the partners argued about"
    let after = "the financing of the final stretch of railway, which is still not built."

    @Test(arguments: ["12", "- 12 -", "Page 3 of 10", "page 7", "iv"])
    func pageNumbersAreFurniture(_ line: String) {
        #expect(PageFurniture.isFurnitureLine(line))
    }

    @Test(arguments: ["www.example.org", "https://example.com/report.pdf", "press@example.org", "example.co.uk/news"])
    func loneAddressesAreFurniture(_ line: String) {
        #expect(PageFurniture.isFurnitureLine(line))
    }

    @Test(arguments: ["Sl S tdindl 35 0", "AllianceAttemptBuildEurasianIranIsolatedRussia"])
    func extractionGarbageIsFurniture(_ line: String) {
        #expect(PageFurniture.isGarbage(line))
    }

    @Test(arguments: ["In 2019 I met him in Paris", "Looking Ahead", "Conclusion", "The war in Ukraine", "civil", "Mix of Ideas"])
    func ordinaryLinesAreNotFurniture(_ line: String) {
        #expect(!PageFurniture.isFurnitureLine(line))
    }

    @Test func footerInsideABrokenSentenceIsDroppedWithItsPublisherName() throws {
        let text = hardWrap(before, width: 48) + "\n\nCentre for Regional Studies\n\nwww.crs.example.org\n\nQx t bdrk 35 0\n\n\n\n" + hardWrap(after, width: 48)
        let result = try paragraphs(text)
        #expect(result == [before + " " + after])
    }

    @Test func headingAfterAPageNumberIsKept() throws {
        let text = hardWrap(before + " money.", width: 48) + "\n\n12\n\nConclusion\n\n" + hardWrap(after.capitalized, width: 48)
        let result = try paragraphs(text)
        #expect(result.contains("Conclusion"))
        #expect(!result.contains("12"))
    }

    @Test func runningHeadRepeatedOnEveryPageIsDropped() throws {
        let page = hardWrap(before + " money.", width: 48)
        let text = ["Annual Review", page, "Annual Review", page.replacingOccurrences(of: "corridor", with: "pipeline"), "Annual Review", page.replacingOccurrences(of: "corridor", with: "bridge")]
            .joined(separator: "\n\n")
        #expect(try !paragraphs(text).contains("Annual Review"))
    }
}
