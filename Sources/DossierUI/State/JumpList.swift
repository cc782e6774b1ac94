/// The places the reader jumped from, as in vim: every jump records where the user was, `back`
/// returns there and `forward` undoes a `back`.
public struct JumpList: Sendable, Equatable {
    public private(set) var entries: [ReaderPosition] = []
    /// Where in `entries` the reader is; `entries.count` when it is past the last recorded jump.
    public private(set) var index = 0
    /// Older jumps are forgotten beyond this many.
    public static let capacity = 100

    public init() {}

    /// Records `position` as the place a jump leaves, dropping anything ahead of it.
    public mutating func record(_ position: ReaderPosition) {
        entries.removeSubrange(index...)
        if entries.last != position { entries.append(position) }
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        index = entries.count
    }

    /// The place before this one; `current` is kept so that `forward` can come back to it.
    public mutating func back(from current: ReaderPosition?) -> ReaderPosition? {
        guard index > 0 else { return nil }
        if index == entries.count, let current {
            if entries.last == current {
                guard index > 1 else { return nil }
                index -= 1
            } else {
                entries.append(current)
            }
        }
        index -= 1
        return entries[index]
    }

    /// The place `back` left, if any.
    public mutating func forward() -> ReaderPosition? {
        guard index + 1 < entries.count else { return nil }
        index += 1
        return entries[index]
    }

    /// "jump 2/5", or nil with no jumps recorded.
    public var position: String? {
        entries.isEmpty ? nil : "jump \(min(index + 1, entries.count))/\(entries.count)"
    }
}
