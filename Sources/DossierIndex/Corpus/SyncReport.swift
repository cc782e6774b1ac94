/// What bringing the index up to date with the folder did.
public struct SyncReport: Sendable, Equatable {
    /// A file that is in the folder but not in the index, and why.
    public struct Skipped: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    /// Files whose contents were read during the sync.
    public var read = 0
    public var bytesRead = 0
    public var skipped: [Skipped] = []
    /// Documents in which malformed UTF-8 was replaced.
    public var repaired: [String] = []
    /// How many documents went through each phase in this sync, those an earlier one left undone included.
    public var completed: [IndexPhase: Int] = [:]
    /// The corpus's entities were resolved again.
    public var resolvedEntities = false

    public init() {}

    /// One line for the user about files and folders that were left out, names escaped, or nil when none were.
    public var skippedWarning: String? {
        guard !skipped.isEmpty else { return nil }
        let shown = skipped.prefix(3).map { "\(PrintableText.escaping($0.path)) (\($0.reason))" }.joined(separator: ", ")
        let more = skipped.count > 3 ? " and \(skipped.count - 3) more; `dossier skipped` lists them" : ""
        let folders = skipped.count { $0.path.hasSuffix("/") }, files = skipped.count - folders
        let counts = [(files, "file"), (folders, "folder")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return "Left out \(counts.joined(separator: " and ")): \(shown)\(more)"
    }
}
