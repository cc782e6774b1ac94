import Foundation

/// Past queries, oldest first, and where Up and Down have walked to in them.
public struct SearchHistory: Sendable, Equatable {
    /// Queries kept at most; older ones are forgotten.
    public static let capacity = 200

    public private(set) var entries: [String]
    /// The entry being shown; nil while editing a new query.
    public private(set) var position: Int?
    /// What was typed before walking into the history, given back when walking out of it.
    private var draft = ""

    public init(entries: [String] = []) {
        self.entries = Array(entries.suffix(Self.capacity))
    }

    /// Records a query as the newest, moving it there if it was already known.
    public mutating func record(_ query: String) {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        entries.removeAll { $0 == trimmed }
        entries.append(trimmed)
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        position = nil
    }

    /// The next older entry, or nil at the oldest.
    public mutating func older(than current: String) -> String? {
        guard !entries.isEmpty else { return nil }
        if position == nil { draft = current }
        let next = (position ?? entries.count) - 1
        guard next >= 0 else { return nil }
        position = next
        return entries[next]
    }

    /// The next newer entry, or what was being typed before walking back.
    public mutating func newer() -> String? {
        guard let current = position else { return nil }
        if current + 1 < entries.count {
            position = current + 1
            return entries[current + 1]
        }
        position = nil
        return draft
    }

    /// Forgets the walk, as when the prompt closes.
    public mutating func resetWalk() {
        position = nil
        draft = ""
    }
}
