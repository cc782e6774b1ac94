/// How a corpus folder differs from its index, by what the file system says of the files.
public struct FolderChanges: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0

    public init(added: Int = 0, changed: Int = 0, removed: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    public var count: Int { added + changed + removed }

    /// "3 files changed since the index was built (2 new, 1 removed)", or nil when none did.
    public var summary: String? {
        guard count > 0 else { return nil }
        let parts = [(added, "new"), (changed, "edited"), (removed, "removed")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return "\(count) file\(count == 1 ? "" : "s") changed since the index was built (\(parts.joined(separator: ", ")))"
    }
}
