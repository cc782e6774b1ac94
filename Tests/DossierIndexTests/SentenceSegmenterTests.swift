import Testing
@testable import DossierIndex

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    @Test(arguments: [
        "The U.S. withdrawal from the deal changed everything.",
        "The U.N. Security Council met on Friday.",
        "Gen. Smith and Maj. Gen. Yahya Rahim Safavi spoke.",
        "Mr. Putin met Dr. Jones in St. Petersburg last week.",
        "The meeting on Jan. 24 was postponed.",
        "He lives at No. 10 Downing Street.",
        "Some countries, e.g. Oman, and some groups, i.e. the rebels, agreed.",
        "Russia invested $2.76 billion out of the overall $4.2 billion.",
        "Trade rose by 89.4% compared to the previous year.",
        "He paused... and then went on talking.",
        "John F. Kennedy visited the city.",
        "The vote is expected at 10 a.m. on Monday.",
    ])
    func doesNotSplitInside(_ sentence: String) {
        #expect(sentences(sentence) == [sentence])
    }

    @Test func splitsAtOrdinarySentenceEnds() {
        #expect(sentences("Iran and Russia met. They signed a deal! Will it last? Nobody knows.")
            == ["Iran and Russia met.", "They signed a deal!", "Will it last?", "Nobody knows."])
    }

    @Test func splitsAfterAClosingQuoteOrBracket() {
        #expect(sentences("He called it “an invasion of a free land.” Another former president agreed.")
            == ["He called it “an invasion of a free land.”", "Another former president agreed."])
        #expect(sentences("The figures were revised (again.) Critics were unimpressed.")
            == ["The figures were revised (again.)", "Critics were unimpressed."])
    }

    @Test func splitsAfterAnAbbreviationWhenANewSentenceClearlyStarts() {
        #expect(sentences("Sanctions were imposed by the U.S. The response was swift.")
            == ["Sanctions were imposed by the U.S.", "The response was swift."])
        #expect(sentences("Shares of Apple Inc. rose. It was a good day.") == ["Shares of Apple Inc. rose.", "It was a good day."])
    }

    @Test func questionInsideAQuoteFollowedByLowercaseDoesNotSplit() {
        #expect(sentences("“Why now?” he asked the minister.") == ["“Why now?” he asked the minister."])
    }

    @Test func sentencesStartWithNumbers() {
        #expect(sentences("The plan failed in 2019. 2020 was worse.") == ["The plan failed in 2019.", "2020 was worse."])
    }
}
