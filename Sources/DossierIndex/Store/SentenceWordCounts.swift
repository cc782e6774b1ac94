import Foundation

/// How many words FTS5 counted in each sentence of a document, in the form the document's
/// `sentenceWordCounts` column keeps them: two bytes per sentence, little-endian.
enum SentenceWordCounts {
    static func encode(_ counts: [Int]) -> Data {
        var data = Data(capacity: counts.count * 2)
        for count in counts {
            let clamped = UInt16(clamping: count)
            data.append(UInt8(truncatingIfNeeded: clamped))
            data.append(UInt8(truncatingIfNeeded: clamped >> 8))
        }
        return data
    }

    static func decode(_ data: Data) -> [UInt16] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
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
