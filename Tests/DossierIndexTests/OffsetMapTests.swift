import Foundation
import Testing
@testable import DossierIndex

@Suite("Offsets back into the original file")
struct OffsetMapTests {
    /// Every sentence, cut from the original text at its reported range, reads as the sentence
    /// once line breaks, hyphen joins and tags are accounted for.
    private func expectSentencesMapBack(_ original: String, format: DocumentLoader.Format = .plain) throws {
        let document = try DocumentLoader().load(data: Data(original.utf8), format: format).get()
        let scalars = Array(original.unicodeScalars)
        #expect(!document.sentences.isEmpty)
        for sentence in document.sentences {
            let cut = MappedText.string(from: scalars[sentence.originalRange])
            #expect(cut.hasPrefix(String(sentence.text.prefix(1))), "\(cut) should start like \(sentence.text)")
            #expect(cut.hasSuffix(String(sentence.text.suffix(1))), "\(cut) should end like \(sentence.text)")
        }
    }

    @Test func hardWrappedTextMapsBack() throws {
        try expectSentencesMapBack("The air force ordered Su-\n35 jets last year. Deliveries\nbegan in the spring. Pilots are training now.")
    }

    @Test func crlfAndByteOrderMarkCountAsCodePoints() throws {
        let original = "\u{FEFF}First line.\r\nSecond – with “quotes”.\r\n"
        let document = try DocumentLoader().load(data: Data(original.utf8), format: .plain).get()
        let scalars = Array(original.unicodeScalars)
        #expect(document.sentences.map { MappedText.string(from: scalars[$0.originalRange]) } == ["First line.", "Second – with “quotes”."])
        #expect(document.sentences[0].originalRange == 1..<12)
    }

    @Test func htmlEntitiesMapToTheirSource() throws {
        let original = "<p>Tom &amp; Jerry met.</p><p>They talked.</p>"
        let document = try DocumentLoader().load(data: Data(original.utf8), format: .html).get()
        let scalars = Array(original.unicodeScalars)
        #expect(document.sentences.map(\.text) == ["Tom & Jerry met.", "They talked."])
        #expect(MappedText.string(from: scalars[document.sentences[0].originalRange]) == "Tom &amp; Jerry met.")
        #expect(MappedText.string(from: scalars[document.sentences[1].originalRange]) == "They talked.")
    }

    @Test func serialisedMapRoundTrips() throws {
        let map = OffsetMap(origins: [0, 1, 2, 5, 6, 7, 20, 21])
        let copy = try #require(OffsetMap(serialized: map.serialized))
        #expect(copy == map)
        #expect(copy.originalOffset(of: 4) == 6)
        #expect(copy.originalRange(of: 2..<7) == 2..<21)
        #expect(OffsetMap(serialized: Data([1, 2, 3])) == nil)
    }
}
