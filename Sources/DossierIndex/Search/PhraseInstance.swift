import Foundation

/// One occurrence of a query phrase in a sentence: which phrase, numbered as FTS5 numbers them in
/// the match expression, and the word it starts at.
struct PhraseInstance: Equatable {
    var phrase: Int
    var offset: Int

    /// Two little-endian 16-bit numbers: the phrase, then the offset, each capped at 65,535.
    static let encodedSize = 4

    func encode(into bytes: inout [UInt8]) {
        for value in [UInt16(clamping: phrase), UInt16(clamping: offset)] {
            bytes.append(UInt8(truncatingIfNeeded: value))
            bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        }
    }

    /// Reads what `phrase_instances()` returned, which is NULL when SQLite was handed no bytes.
    static func decode(_ data: Data?) -> [PhraseInstance] {
        let bytes = [UInt8](data ?? Data())
        func number(at index: Int) -> Int { Int(bytes[index]) | Int(bytes[index + 1]) << 8 }
        return stride(from: 0, to: bytes.count - encodedSize + 1, by: encodedSize).map { start in
            PhraseInstance(phrase: number(at: start), offset: number(at: start + 2))
        }
    }

    /// How often each of the first `phraseCount` phrases occurs among `instances`.
    static func frequencies(_ instances: [PhraseInstance], phraseCount: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: phraseCount)
        for instance in instances where instance.phrase < phraseCount { counts[instance.phrase] += 1 }
        return counts
    }
}
