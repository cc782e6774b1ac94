/// A layer drawn over the panes that takes the keys while it is open.
public enum Overlay: Sendable, Equatable {
    /// The key help, scrolled to a line.
    case help(top: Int)
    /// A claim's cross-references.
    case crossReferences(CrossReferencePanel)
    /// Every claim with cross-references, conflicts first.
    case claims(ClaimsView)
    /// Bookmarks and notes.
    case notes(NotesView)
    /// A cross-reference's two documents side by side.
    case split(SplitView)

    public var keyScope: KeyScope {
        switch self {
        case .help: return .help
        case .crossReferences: return .crossReferences
        case .claims: return .claims
        case .notes: return .notes
        case .split: return .split
        }
    }
}
