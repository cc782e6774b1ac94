/// Where a document's date comes from: the user's override in dossier.toml, else the date the
/// document declares in its front matter or dateline, else the date its text suggests, unless
/// that date lies far from the rest of its folder (`FolderDating`).
public struct DocumentDating: Sendable, Equatable {
    /// Which of the dates is in force.
    public enum Source: String, Sendable {
        case override = "dossier.toml"
        case declared = "front matter"
        case inferred = "text"
    }

    public var declared: String?
    public var inferred: String?
    public var override: String?
    /// The inferred date lies far from the other dates of the document's folder, so it is not used.
    public var inferredIsOutlier: Bool

    public init(declared: String?, inferred: String?, override: String?, inferredIsOutlier: Bool = false) {
        self.declared = declared
        self.inferred = inferred
        self.override = override
        self.inferredIsOutlier = inferredIsOutlier
    }

    /// The date in force, ISO 8601 at its precision.
    public var date: String? { override ?? declared ?? usableInference }

    public var source: Source? {
        if override != nil { return .override }
        if declared != nil { return .declared }
        return usableInference == nil ? nil : .inferred
    }

    private var usableInference: String? { inferredIsOutlier ? nil : inferred }

    public var isInferred: Bool { source == .inferred }
}
