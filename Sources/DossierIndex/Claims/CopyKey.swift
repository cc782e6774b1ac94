/// A sentence's text reduced to its words, lowercased, and hashed (64-bit FNV-1a), so that the
/// same sentence in two files ("also in 3 copies") has one key whatever its spacing, case or
/// punctuation.
enum CopyKey {
    static func of(_ text: String) -> Int64 {
        var hash: UInt64 = offsetBasis
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                hash = (hash ^ 0x20) &* prime
                pendingSpace = false
            }
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                hash = (hash ^ UInt64(lowered.value)) &* prime
            }
        }
        return Int64(bitPattern: hash)
    }

    // FNV-1a's published 64-bit parameters.
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
}
