/// Where a document's date comes from: the user's override in dossier.toml, else the date the
/// document declares in its front matter, else the date its text suggests.
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

    public init(declared: String?, inferred: String?, override: String?) {
        self.declared = declared
        self.inferred = inferred
        self.override = override
    }

    /// The date in force, ISO 8601 at its precision.
    public var date: String? { override ?? declared ?? inferred }

    public var source: Source? {
        if override != nil { return .override }
        if declared != nil { return .declared }
        return inferred == nil ? nil : .inferred
    }

    public var isInferred: Bool { source == .inferred }
}
