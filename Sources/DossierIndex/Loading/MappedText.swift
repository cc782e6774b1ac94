/// Text as Unicode scalars, each remembering the code-point offset it came from in the original file.
///
/// Every normalising step (decoding, line ends, front matter, HTML, reflow) reads one `MappedText`
/// and writes another, so whatever survives can always be traced back to the file on disk.
public struct MappedText: Sendable, Equatable {
    public private(set) var scalars: [Unicode.Scalar] = []
    public private(set) var origins: [Int32] = []

    public init() {}

    /// Maps each scalar of `text` to its own position, as when the text is the original file.
    public init(original text: [Unicode.Scalar]) {
        scalars = text
        origins = (0..<Int32(text.count)).map { $0 }
    }

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }

    public mutating func reserveCapacity(_ capacity: Int) {
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    public mutating func append(_ scalar: Unicode.Scalar, origin: Int32) {
        scalars.append(scalar)
        origins.append(origin)
    }

    /// Appends the scalars in `range` of `other` together with their origins.
    public mutating func append(contentsOf other: MappedText, range: Range<Int>) {
        scalars.append(contentsOf: other.scalars[range])
        origins.append(contentsOf: other.origins[range])
    }

    public mutating func append(contentsOf other: MappedText) {
        append(contentsOf: other, range: 0..<other.count)
    }

    public mutating func removeLast() {
        scalars.removeLast()
        origins.removeLast()
    }

    public func slice(_ range: Range<Int>) -> MappedText {
        var result = MappedText()
        result.append(contentsOf: self, range: range)
        return result
    }

    public var string: String { Self.string(from: scalars[...]) }

    public func string(_ range: Range<Int>) -> String { Self.string(from: scalars[range]) }

    /// Encodes scalars as UTF-8 by hand, which is much faster than appending them to a string one by one.
    static func string(from scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
