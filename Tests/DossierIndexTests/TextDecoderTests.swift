import Foundation
import Testing
@testable import DossierIndex

@Suite("Decoding file bytes")
struct TextDecoderTests {
    @Test func invalidUTF8IsReplacedNotFatal() throws {
        var bytes = Array("Caf".utf8)
        bytes += [0xE9, 0x20]
        bytes += Array("au lait and more text.".utf8)
        let document = try DocumentLoader().load(data: Data(bytes), format: .plain).get()
        #expect(document.paragraphs.first?.text == "Caf\u{FFFD} au lait and more text.")
        #expect(document.replacedSequences == 1)
    }

    @Test func mostlyNulBytesAreBinary() {
        let data = Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 200) + Array("text".utf8))
        #expect(DocumentLoader().load(data: data, format: .plain) == .failure(.binary))
    }

    @Test func emptyAndBlankFilesAreEmpty() {
        #expect(DocumentLoader().load(data: Data(), format: .plain) == .failure(.empty))
        #expect(DocumentLoader().load(data: Data(" \n\t\n".utf8), format: .plain) == .failure(.empty))
        #expect(DocumentLoader().load(data: Data("<script>x()</script>".utf8), format: .html) == .failure(.empty))
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        var data = Data([0xFF, 0xFE])
        data.append("Hello there.".data(using: .utf16LittleEndian)!)
        let document = try DocumentLoader().load(data: data, format: .plain).get()
        #expect(document.paragraphs.map(\.text) == ["Hello there."])
    }

    @Test func fileOverTheSizeLimitIsSkipped() throws {
        let corpus = try TemporaryCorpus(files: ["big.txt": String(repeating: "word ", count: 1000)])
        let result = DocumentLoader(maximumFileSize: 100).load(contentsOf: corpus.root.appendingPathComponent("big.txt"))
        guard case .failure(.tooLarge) = result else {
            Issue.record("expected tooLarge, got \(result)")
            return
        }
    }
}

extension Result<LoadedDocument, DocumentLoader.Failure> {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case let (.failure(left), .failure(right)): return left == right
        default: return false
        }
    }
}
