import Testing
@testable import DossierIndex

@Suite("Showing repeated passages once")
struct RepeatedPassageTests {
    let paragraph = "Officials said the talks had gone well. Military cooperation between the two countries indicates that relations are reaching a new level, and both sides expect further agreements this year."

    @Test func pullQuoteBeforeItsParagraphIsDropped() throws {
        let text = "Military cooperation between the two countries indicates that relations are reaching a new level\n\n\(paragraph)"
        #expect(try paragraphs(text) == [paragraph])
    }

    @Test func pullQuoteSplitAcrossBlocksAndLinesIsDropped() throws {
        let text = "Military cooperation between the two\ncountries indicates that\n\nrelations are reaching a new level\n\n\(paragraph)"
        #expect(try paragraphs(text) == [paragraph])
    }

    @Test func pullQuoteMatchesRegardlessOfCase() throws {
        let pull = "The old alliance may appeal to the new leadership in the region."
        let body = "Ideas have changed, and the old alliance may appeal to the new leadership in the region."
        #expect(try paragraphs("\(pull)\n\(body)") == [body])
    }

    @Test func exactDuplicateParagraphsKeepTheFirst() throws {
        let other = "An unrelated paragraph follows here with enough words to stand alone."
        #expect(try paragraphs("\(paragraph)\n\(other)\n\(paragraph)") == [paragraph, other])
    }

    @Test func shortRepeatsStay() throws {
        #expect(try paragraphs("He said no.\nThey met again in May.\nHe said no.") == ["He said no.", "They met again in May.", "He said no."])
    }
}
