import Foundation
import Testing
@testable import DossierIndex

/// Text without sentence punctuation is cut into pieces of bounded length, so that what a
/// sentence costs the later phases stays bounded and indexing time grows with the bytes.
@Suite("Overlong sentences")
struct LongSentenceTests {
    @Test func aParagraphWithoutPunctuationIsCutAtWhiteSpaceIntoBoundedPieces() throws {
        let words = (0..<20_000).map { "word\($0 % 97)" }
        let document = try load(words.joined(separator: " "))
        #expect(document.sentences.count > 1)
        #expect(document.sentences.allSatisfy { $0.range.count <= SentenceSegmenter.maximumLength })
        #expect(document.sentences.flatMap { $0.text.split(separator: " ").map(String.init) } == words, "No word is lost or cut")
    }

    @Test func aRunWithoutWhiteSpaceIsCutAtTheLimit() throws {
        let run = String(repeating: "x", count: SentenceSegmenter.maximumLength * 2 + 10)
        let document = try load(run)
        #expect(document.sentences.map(\.range.count) == [SentenceSegmenter.maximumLength, SentenceSegmenter.maximumLength, 10])
    }

    @Test func ordinarySentencesAreLeftWhole() throws {
        let long = "This sentence is long but ordinary, " + String(repeating: "and it goes on with clauses, ", count: 30) + "until it ends."
        #expect(long.count < SentenceSegmenter.maximumLength)
        #expect(try load(long + " A second one.").sentences.map(\.text) == [long, "A second one."])
    }
}
