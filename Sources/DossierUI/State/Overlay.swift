/// A layer drawn over the panes that takes the keys while it is open.
public enum Overlay: Sendable, Equatable {
    /// The key help, scrolled to a line.
    case help(top: Int)

    public var keyScope: KeyScope {
        switch self {
        case .help: return .help
        }
    }
}
