import Foundation
import Testing
@testable import DossierIndex

/// The shipped sample corpus opens as the product promises: sensible titles, flowing paragraphs.
@Suite("The sample corpus")
struct SeedCorpusTests {
    let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    private func document(_ prefix: String) throws -> LoadedDocument {
        let file = try #require(CorpusScanner.scan(seeds).first { $0.relativePath.hasPrefix(prefix) })
        return try DocumentLoader().load(contentsOf: file.url).get()
    }

    @Test func fiveDocumentsWithSensibleTitles() throws {
        let titles = try CorpusScanner.scan(seeds).map { try DocumentLoader().load(contentsOf: $0.url).get().title }
        #expect(titles.count == 5)
        #expect(titles[2] == "Iran and Russia Align to Build a New Order")
        #expect(titles.allSatisfy { $0.count <= 80 && !$0.isEmpty })
    }

    @Test(arguments: ["002", "004"])
    func pdfExtractionsReadAsFlowingParagraphs(_ prefix: String) throws {
        let document = try document(prefix)
        let body = document.paragraphs.filter { !$0.isHeading }
        #expect(body.count >= 10)
        #expect(body.filter { $0.text.count > 300 }.count * 2 >= body.count)
    }

    /// The footer printed once inside a sentence broken by a page end is kept, after the mended sentence.
    @Test func aFooterThatInterruptsASentenceIsKeptAfterIt() throws {
        let texts = try document("002").paragraphs.map(\.text)
        let mended = try #require(texts.firstIndex { $0.contains("They also share different perspectives on the scope of bilateral cooperation") })
        #expect(Array(texts[(mended + 1)...].prefix(3)) == ["Gulf Research Center", "www.grc.net", "Sl S tdindl 35 0"])
    }
}
