import Foundation

/// Maps positions in a document's normalised text back to code-point offsets in its original file.
///
/// Stored as runs in which both sides advance together, which keeps it a few bytes per paragraph
/// instead of four bytes per character.
public struct OffsetMap: Sendable, Equatable {
    /// One stretch where normalised offset `normalized + k` came from original offset `original + k`.
    public struct Run: Sendable, Equatable {
        public var normalized: Int32
        public var original: Int32
        public var length: Int32
    }

    public private(set) var runs: [Run]
    /// The length of the normalised text the map was built for.
    public let normalizedLength: Int

    public init(origins: [Int32]) {
        var runs: [Run] = []
        for (index, origin) in origins.enumerated() {
            if var last = runs.last, last.original + last.length == origin,
               last.normalized + last.length == Int32(index) {
                last.length += 1
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(normalized: Int32(index), original: origin, length: 1))
            }
        }
        self.runs = runs
        self.normalizedLength = origins.count
    }

    /// The original offset of the character at normalised offset `offset`; the end maps past the last character.
    public func originalOffset(of offset: Int) -> Int {
        guard !runs.isEmpty else { return 0 }
        if offset >= normalizedLength, let last = runs.last {
            return Int(last.original + last.length)
        }
        let index = runIndex(containing: max(0, offset))
        let run = runs[index]
        return Int(run.original) + (max(0, offset) - Int(run.normalized))
    }

    /// The original range covered by the normalised range, from its first character to just after its last.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = originalOffset(of: range.lowerBound)
        guard range.upperBound > range.lowerBound else { return start..<start }
        let end = originalOffset(of: range.upperBound - 1) + 1
        return start..<max(start, end)
    }

    private func runIndex(containing offset: Int) -> Int {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(runs[middle].normalized) <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension OffsetMap {
    /// A compact little-endian encoding for the index store.
    public var serialized: Data {
        var data = Data(capacity: 8 + runs.count * 12)
        append(Int32(normalizedLength), to: &data)
        for run in runs {
            append(run.normalized, to: &data)
            append(run.original, to: &data)
            append(run.length, to: &data)
        }
        return data
    }

    public init?(serialized data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 4, (bytes.count - 4) % 12 == 0 else { return nil }
        func int32(at offset: Int) -> Int32 {
            Int32(bitPattern: UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24)
        }
        normalizedLength = Int(int32(at: 0))
        runs = stride(from: 4, to: bytes.count, by: 12).map {
            Run(normalized: int32(at: $0), original: int32(at: $0 + 4), length: int32(at: $0 + 8))
        }
    }

    private func append(_ value: Int32, to data: inout Data) {
        let bits = UInt32(bitPattern: value)
        data.append(contentsOf: [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)])
    }
}
