import Testing
@testable import DossierIndex

@Suite("YAML front matter")
struct FrontMatterTests {
    @Test func metadataIsReadAndNotShownAsText() throws {
        let text = """
        ---
        title: "Pipelines and Politics"
        date: 2024-01-24
        source: Example Review
        url: https://example.org/pipelines
        author: [A. Writer, B. Editor]
        ---
        The body starts here.
        """
        let document = try load(text, format: .markdown)
        #expect(document.metadata == DocumentMetadata(title: "Pipelines and Politics", date: "2024-01-24", source: "Example Review",
                                                      url: "https://example.org/pipelines", author: "A. Writer, B. Editor"))
        #expect(document.title == "Pipelines and Politics")
        #expect(document.paragraphs.map(\.text) == ["The body starts here."])
    }

    @Test(arguments: [
        ("2024-01-24", "2024-01-24"), ("2024-01-24T08:30:00Z", "2024-01-24"), ("January 24, 2024", "2024-01-24"),
        ("24 January 2024", "2024-01-24"), ("2023-10", "2023-10"), ("October 2023", "2023-10"), ("2019", "2019"),
    ])
    func datesAreNormalised(raw: String, expected: String) {
        #expect(MetadataDate.normalize(raw) == expected)
    }

    @Test func nonsenseDateIsDropped() {
        #expect(MetadataDate.normalize("sometime soon") == nil)
    }

    @Test func unterminatedFrontMatterStaysText() throws {
        let document = try load("---\ntitle: Broken\nThe text goes on without a closing line.")
        #expect(document.metadata.title == nil)
        #expect(document.paragraphs.map(\.text).joined(separator: " ").contains("title: Broken"))
    }

    @Test func offsetsCountTheFrontMatter() throws {
        let text = "---\ntitle: T\n---\nFirst sentence here. Second one."
        let document = try load(text)
        let scalars = Array(text.unicodeScalars)
        let second = try #require(document.sentences.last)
        #expect(MappedText.string(from: scalars[second.originalRange]) == "Second one.")
    }
}
