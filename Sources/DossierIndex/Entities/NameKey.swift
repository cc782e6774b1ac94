import Foundation

/// The comparable form of a name: folded to lowercase without diacritics, periods and apostrophes
/// dropped, hyphens and white space as single spaces, and no leading "the".
enum NameKey {
    static func of(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        var folded = QueryHighlighter.fold(name)
        folded.removeAll { $0 == "." || $0 == "'" || $0 == "’" }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2011}" || $0 == "\t" })
        let dropped = words.first == "the" && words.count > 1 ? words.dropFirst() : words[...]
        return dropped.joined(separator: " ")
    }

    /// The same key built byte by byte for an ASCII name, the usual case, which the recogniser
    /// asks for several times per candidate; nil for any other name.
    private static func asciiKey(_ name: String) -> String? {
        let space = UInt8(ascii: " ")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "."), UInt8(ascii: "'"): continue
            case space, UInt8(ascii: "-"), UInt8(ascii: "\t"):
                if let last = bytes.last, last != space { bytes.append(space) }
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            default: bytes.append(byte)
            }
        }
        if bytes.last == space { bytes.removeLast() }
        if bytes.count > 4, bytes.starts(with: "the ".utf8) { bytes.removeFirst(4) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
