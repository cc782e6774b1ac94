import Foundation

/// The comparable form of a name: folded to lowercase without diacritics, periods and apostrophes
/// dropped, hyphens and white space as single spaces, and no leading "the".
enum NameKey {
    static func of(_ name: String) -> String {
        // Most names are ASCII, and the gazetteer asks for a key of every candidate: one pass over the bytes.
        if let key = asciiKey(name) { return key }
        var folded = QueryHighlighter.fold(name)
        folded.removeAll { $0 == "." || $0 == "'" || $0 == "’" }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2011}" || $0 == "\t" })
        let dropped = words.first == "the" && words.count > 1 ? words.dropFirst() : words[...]
        return dropped.joined(separator: " ")
    }

    /// The key of an ASCII name, or nil for any other.
    private static func asciiKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "."), UInt8(ascii: "'"): continue
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"):
                if let last = bytes.last, last != UInt8(ascii: " ") { bytes.append(UInt8(ascii: " ")) }
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            default: bytes.append(byte)
            }
        }
        if bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        if bytes.count > 4, bytes.starts(with: Array("the ".utf8)) { bytes.removeFirst(4) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
