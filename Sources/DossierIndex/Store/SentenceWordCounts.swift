import Foundation

/// How many words FTS5 counted in each sentence of a document, in the form the document's
/// `sentenceWordCounts` column keeps them: one `UInt16Packing` number per sentence.
enum SentenceWordCounts {
    static func encode(_ counts: [Int]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(counts.count * 2)
        for count in counts { UInt16Packing.append(count, to: &bytes) }
        return Data(bytes)
    }

    static func decode(_ data: Data) -> [UInt16] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(UInt16Packing.value(in: bytes, at: $0)) }
    }

    /// The word count in one of FTS5's size records (`sentence_fts_docsize.sz`), which for a table
    /// of one column is a single SQLite varint: seven bits per byte, most significant first, the
    /// high bit set on every byte but the last.
    static func count(inSizeRecord record: Data) -> Int {
        var value = 0
        for byte in record {
            value = value << 7 | Int(byte & 0x7F)
            if byte & 0x80 == 0 { break }
        }
        return value
    }
}
