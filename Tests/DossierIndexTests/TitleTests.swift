import Testing
@testable import DossierIndex

@Suite("Document titles")
struct TitleTests {
    @Test func headlineOnTheFirstLineIsTheTitle() throws {
        #expect(try load("Ad sales boost Time Warner profit\n\nQuarterly profits at the media giant jumped 76%.").title == "Ad sales boost Time Warner profit")
    }

    @Test func headlineOfAHardWrappedDocumentIsTheTitle() throws {
        let body = hardWrap(String(repeating: "The two states have maintained an ambivalent relationship for years. ", count: 6), width: 48)
        #expect(try load(" Partners Align to Build a New Order\n\n" + body).title == "Partners Align to Build a New Order")
    }

    @Test func withoutAHeadlineTheFirstSentenceIsShortenedAtAWord() throws {
        let document = try load("Russia’s invasion of Ukraine has turned the country into a heavily-ostracized state. More follows.")
        #expect(document.title == "Russia’s invasion of Ukraine has turned the country into a…")
        #expect(document.title.count <= 60)
    }

    @Test func shortFirstSentenceIsTheWholeTitle() throws {
        #expect(try load("Prices rose sharply in March. Analysts were surprised.").title == "Prices rose sharply in March.")
    }

    @Test func aLineEndingWithAPeriodIsNotAHeadline() throws {
        #expect(try load("The talks ended.\n\nBoth delegations left the capital on Friday evening.").title == "The talks ended.")
    }

    @Test func markdownHeadingAndHTMLTitleAreUsed() throws {
        #expect(try load("Some intro.\n\n# The Real Title\n\nBody text.", format: .markdown).title == "The Real Title")
        #expect(try load("<html><head><title>Page &amp; Title</title></head><body><p>Text.</p></body></html>", format: .html).title == "Page & Title")
    }
}
