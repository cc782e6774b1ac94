import Foundation

/// Turns a file's bytes into Unicode scalars, refusing what is not text and repairing what is almost text.
public enum TextDecoder {
    /// Why a file's bytes were not accepted as text.
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case binary
    }

    /// The decoded scalars of a whole file, byte-order mark included, and how clean the bytes were.
    public struct Decoded: Sendable {
        public var scalars: [Unicode.Scalar]
        /// How many malformed UTF-8 sequences were replaced by U+FFFD.
        public var replacements: Int
        public var hasByteOrderMark: Bool
    }

    /// How much of a file's start is inspected to decide whether it is text at all.
    static let sniffLength = 64 * 1024

    public static func decode(_ data: Data) -> Result<Decoded, Failure> {
        let bytes = [UInt8](data)
        let decoded: Decoded
        if bytes.starts(with: [0xFF, 0xFE]) {
            decoded = decodeUTF16(bytes, littleEndian: true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            decoded = decodeUTF16(bytes, littleEndian: false)
        } else if looksBinary(bytes) {
            return .failure(.binary)
        } else {
            decoded = decodeUTF8(bytes)
        }
        let hasText = decoded.scalars.contains { !$0.isSpace && $0 != "\u{FEFF}" }
        return hasText ? .success(decoded) : .failure(.empty)
    }

    /// A file is binary when its start holds NUL bytes or is dense with control characters.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(sniffLength)
        guard !sample.isEmpty else { return false }
        var nulls = 0
        var controls = 0
        for byte in sample {
            if byte == 0 { nulls += 1 }
            // Tab, line feed, form feed, carriage return and escape occur in real text files.
            else if byte < 0x20, ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte) { controls += 1 }
        }
        return nulls * 100 > sample.count || controls * 10 > sample.count
    }

    static func decodeUTF8(_ bytes: [UInt8]) -> Decoded {
        var decoded = decode(bytes, with: UTF8())
        decoded.hasByteOrderMark = decoded.scalars.first == "\u{FEFF}"
        return decoded
    }

    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Decoded {
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { index -> UInt16 in
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            return littleEndian ? first | second << 8 : first << 8 | second
        }
        return decode(units, with: UTF16())
    }

    /// Decodes code units, replacing each malformed sequence with U+FFFD and counting the replacements.
    private static func decode<Codec: UnicodeCodec>(_ units: [Codec.CodeUnit], with codec: Codec) -> Decoded {
        var codec = codec
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var replacements = 0
        var iterator = units.makeIterator()
        decoding: while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                replacements += 1
            case .emptyInput: break decoding
            }
        }
        return Decoded(scalars: scalars, replacements: replacements, hasByteOrderMark: true)
    }
}
