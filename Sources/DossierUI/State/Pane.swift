/// The four panes of the explorer, in focus order.
public enum Pane: Int, Sendable, CaseIterable, Hashable {
    case documents, reader, entities, timeline

    public var title: String {
        switch self {
        case .documents: return "Documents"
        case .reader: return "Reader"
        case .entities: return "Entities"
        case .timeline: return "Timeline"
        }
    }

    public var keyScope: KeyScope {
        switch self {
        case .documents: return .documents
        case .reader: return .reader
        case .entities: return .entities
        case .timeline: return .timeline
        }
    }

    /// The pane after this one, wrapping around.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
