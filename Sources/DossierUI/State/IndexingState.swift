import DossierIndex

/// How the background indexing of the corpus goes, as the status bar and the panes show it.
public struct IndexingState: Sendable, Equatable {
    /// A large folder waiting for the user's word before it is indexed.
    public struct Question: Sendable, Equatable {
        public var files: Int
        public var bytes: Int

        public init(files: Int, bytes: Int) {
            self.files = files
            self.bytes = bytes
        }

        /// "This folder has 123,456 files (2.1 GB) to index. Index them? y/n".
        public var prompt: String {
            let gigabytes = Double(bytes) / Double(1 << 30)
            let size = gigabytes >= 0.1 ? String(format: "%.1f GB", gigabytes) : "\(bytes / 1_048_576) MB"
            return "This folder has \(files.formatted()) files (\(size)) to index. Index them? y/n (n lists them and opens them as they are)"
        }
    }

    /// A sync runs in the background and has not finished.
    public var isUnderWay = false
    /// How far the index has got, as it last said.
    public var status: IndexStatus?
    /// The phase under way and how far it has gone, while one is.
    public var running: IndexProgress?
    /// Another Dossier holds the index; this one waits for it.
    public var isWaiting = false
    public var question: Question?
    /// The user chose not to index the folder, or indexing failed: it will not go on in this session.
    public var isStopped = false

    public init() {}

    /// Whether `phase` is done for every document the index knows of, and for the corpus.
    public func isDone(_ phase: IndexPhase) -> Bool {
        if let running { return running.phase > phase }
        if isWaiting || question != nil { return false }
        return status?.isComplete(through: phase) ?? true
    }

    /// What a pane that shows `phase`'s results says while it is not done ("entities: 41% ·
    /// 3,200 docs/s · 12 s left"), or nil when it is.
    public func notice(for phase: IndexPhase) -> String? {
        guard !isDone(phase) else { return nil }
        if let running {
            return running.phase == phase ? running.summary : "\(phase.name): after \(running.phase.name) (\(running.percent)%)"
        }
        if isWaiting { return "\(phase.name): waiting for another Dossier indexing this corpus" }
        if question != nil { return "\(phase.name): waiting for your answer" }
        let count = status.map { "\($0.through[phase] ?? 0) of \($0.documents) documents" } ?? ""
        return "\(phase.name): \(count) indexed"
    }

    /// What the status bar says about indexing, or nil when there is nothing under way.
    public var summary: String? {
        if let running { return running.summary }
        if isWaiting { return "waiting for another Dossier indexing this corpus" }
        return nil
    }
}
