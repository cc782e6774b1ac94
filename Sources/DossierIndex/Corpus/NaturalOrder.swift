/// Orders paths as people number files: "9.txt" before "10.txt", letters ignoring case.
///
/// Foundation's `localizedStandardCompare` does the same through ICU, which is far too slow for a
/// folder of a hundred thousand files.
public enum NaturalOrder {
    public static func areInIncreasingOrder(_ left: String, _ right: String) -> Bool {
        compare(Array(left.utf8), Array(right.utf8)) < 0
    }

    /// Negative, zero or positive as `left` sorts before, with or after `right`.
    static func compare(_ left: [UInt8], _ right: [UInt8]) -> Int {
        var i = 0, j = 0
        while i < left.count && j < right.count {
            let a = left[i], b = right[j]
            if isDigit(a) && isDigit(b) {
                let (startA, startB) = (i, j)
                while i < left.count, isDigit(left[i]) { i += 1 }
                while j < right.count, isDigit(right[j]) { j += 1 }
                let numberA = left[startA..<i].drop { $0 == UInt8(ascii: "0") }, numberB = right[startB..<j].drop { $0 == UInt8(ascii: "0") }
                if numberA.count != numberB.count { return numberA.count - numberB.count }
                for (digitA, digitB) in zip(numberA, numberB) where digitA != digitB { return Int(digitA) - Int(digitB) }
                if (i - startA) != (j - startB) { return (i - startA) - (j - startB) }
                continue
            }
            let foldedA = lowered(a), foldedB = lowered(b)
            if foldedA != foldedB { return Int(foldedA) - Int(foldedB) }
            i += 1
            j += 1
        }
        if (left.count - i) != (right.count - j) { return (left.count - i) - (right.count - j) }
        return zip(left, right).first { $0 != $1 }.map { Int($0.0) - Int($0.1) } ?? 0
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    private static func lowered(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
}
