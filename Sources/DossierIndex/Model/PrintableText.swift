/// Text from outside (file names above all) made safe to print: control characters, which could
/// move a terminal's cursor, change its colours or break a line in a table, are written as escapes.
public enum PrintableText {
    /// `\t`, `\n` and `\r` as such, other control characters and the invisible marks that reverse
    /// text direction as `\x1B` or `\u{202E}`; everything else as it is.
    public static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x100 && needsEscape(scalar): result += "\\x" + hex(scalar.value, digits: 2)
            case _ where needsEscape(scalar): result += "\\u{" + hex(scalar.value, digits: 4) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A file name's bytes as text: valid UTF-8 as it reads, any other byte as `\xFF`, so that a
    /// name in another encoding can still be shown, stored and told apart from the others.
    public static func decoding(fileName bytes: some Collection<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var result = ""
        var rest = Array(bytes)[...]
        while !rest.isEmpty {
            let length = validPrefixLength(rest)
            if length > 0 {
                result += String(decoding: rest.prefix(length), as: UTF8.self)
                rest = rest.dropFirst(length)
            } else {
                result += "\\x" + hex(UInt32(rest.first!), digits: 2)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate marks.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// How many leading bytes form whole valid UTF-8 characters.
    private static func validPrefixLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var length = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            length += UTF8.width(scalar)
        }
        return length
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
