/// A document's MinHash signature over its five-word shingles, so that near-copies (the same
/// article with a paragraph changed or a line added) are told apart from independent reports in
/// constant time per pair: the share of equal minima estimates the Jaccard similarity of the
/// two documents' shingles.
struct DocumentSignature: Sendable, Equatable {
    let minima: [UInt32]

    /// Signature positions: 64 gives the similarity within about ±0.06.
    static let size = 64
    static let shingleLength = 5
    /// Documents sharing at least this share of their shingles are copies of one article.
    static let copyThreshold = 0.7

    init(minima: [UInt32]) {
        self.minima = minima
    }

    init(sentences: [String]) {
        let words = sentences.flatMap { sentence in
            sentence.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { UInt64(truncatingIfNeeded: CopyKey.of(String($0))) }
        }
        var minima = [UInt32](repeating: .max, count: Self.size)
        guard words.count >= Self.shingleLength else {
            self.minima = minima
            return
        }
        for start in 0...(words.count - Self.shingleLength) {
            var shingle: UInt64 = 0
            for word in words[start..<(start + Self.shingleLength)] { shingle = (shingle &* 0x100_0000_01b3) ^ word }
            for index in 0..<Self.size {
                let hashed = UInt32(truncatingIfNeeded: Self.mix(shingle &+ Self.seeds[index]) >> 32)
                if hashed < minima[index] { minima[index] = hashed }
            }
        }
        self.minima = minima
    }

    /// Whether the two documents are copies of one text.
    func isCopy(of other: DocumentSignature) -> Bool {
        guard minima.count == other.minima.count, minima.first != .max else { return false }
        let equal = zip(minima, other.minima).count { $0 == $1 }
        return Double(equal) / Double(minima.count) >= Self.copyThreshold
    }

    /// The minima as little-endian bytes, as the index stores them.
    var bytes: [UInt8] {
        minima.flatMap { minimum in (0..<4).map { UInt8(truncatingIfNeeded: minimum >> (8 * $0)) } }
    }

    init(bytes: [UInt8]) {
        minima = stride(from: 0, to: bytes.count - 3, by: 4).map { start in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * $1) }
        }
    }

    /// SplitMix64's finaliser: spreads the bits of a shingle hash for each position's seed.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    private static let seeds: [UInt64] = (0..<UInt64(size)).map { mix($0 &* 0x632b_e59b_d9b4_e019) }
}
