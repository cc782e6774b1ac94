import Testing
@testable import DossierIndex

@Suite("Tallying candidate claims")
struct CandidateTallyTests {
    private let sentences: [Int64] = [50, 40, 30, 20, 10]

    @Test func theLargestSumsComeFirstAndTiesGoBySentence() {
        var tally = ClaimPostings.Tally(size: sentences.count)
        tally.add(1, to: 0)
        tally.add(2, to: 1)
        tally.add(0.5, to: 2)
        tally.add(1.5, to: 2)
        tally.add(1, to: 4)
        #expect(tally.best(3, sentences: sentences) == [30, 40, 10])
    }

    @Test func takingTheBestEmptiesTheTally() {
        var tally = ClaimPostings.Tally(size: sentences.count)
        tally.add(3, to: 3)
        #expect(tally.best(5, sentences: sentences) == [20])
        tally.add(1, to: 0)
        #expect(tally.best(5, sentences: sentences) == [50])
        #expect(tally.best(5, sentences: sentences).isEmpty)
    }

    @Test func aWeightlessFeatureAddsNoCandidate() {
        var tally = ClaimPostings.Tally(size: sentences.count)
        tally.add(0, to: 1)
        #expect(tally.best(5, sentences: sentences).isEmpty)
    }
}
