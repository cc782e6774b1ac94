/// Numbers of two bytes each, little-endian, as the index's word counts and `phrase_instances()`
/// pack them; larger values are capped at 65,535.
enum UInt16Packing {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        let clamped = UInt16(clamping: value)
        bytes.append(UInt8(truncatingIfNeeded: clamped))
        bytes.append(UInt8(truncatingIfNeeded: clamped >> 8))
    }

    /// The number whose first byte is at `index`.
    static func value(in bytes: [UInt8], at index: Int) -> Int {
        Int(bytes[index]) | Int(bytes[index + 1]) << 8
    }
}
