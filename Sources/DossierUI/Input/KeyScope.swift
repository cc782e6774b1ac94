/// Where a key binding applies: everywhere, in one pane, or in an overlay.
public enum KeyScope: String, Sendable, CaseIterable, Hashable {
    case global
    case documents
    case reader
    case entities
    case timeline
    case prompt
    case search
    case confirm
    case crossReferences = "xrefs"
    case claims
    case notes
    case help

    /// The heading of the scope's section in the help overlay.
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .documents: return "Document list"
        case .reader: return "Reader"
        case .entities: return "Entity sidebar"
        case .timeline: return "Timeline"
        case .prompt: return "Prompts: search, filter, corrections, notes (other keys type)"
        case .search: return "Search results"
        case .confirm: return "Yes/no questions (Esc leaves things as they were)"
        case .crossReferences: return "Cross-references"
        case .claims: return "Claims"
        case .notes: return "Notes"
        case .help: return "Help"
        }
    }
}
