import Foundation

/// One occurrence of a query phrase in a sentence: which phrase, numbered as FTS5 numbers them in
/// the match expression, and the word it starts at.
struct PhraseInstance: Equatable {
    var phrase: Int
    var offset: Int

    /// Two `UInt16Packing` numbers: the phrase, then the offset.
    static let encodedSize = 4

    func encode(into bytes: inout [UInt8]) {
        UInt16Packing.append(phrase, to: &bytes)
        UInt16Packing.append(offset, to: &bytes)
    }

    /// Reads what `phrase_instances()` returned, which is NULL when SQLite was handed no bytes.
    static func decode(_ data: Data?) -> [PhraseInstance] {
        let bytes = [UInt8](data ?? Data())
        return stride(from: 0, to: bytes.count - encodedSize + 1, by: encodedSize).map { start in
            PhraseInstance(phrase: UInt16Packing.value(in: bytes, at: start), offset: UInt16Packing.value(in: bytes, at: start + 2))
        }
    }

    /// How often each of the first `phraseCount` phrases occurs among `instances`.
    static func frequencies(_ instances: [PhraseInstance], phraseCount: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: phraseCount)
        for instance in instances where instance.phrase < phraseCount { counts[instance.phrase] += 1 }
        return counts
    }
}
