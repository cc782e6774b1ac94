import DossierUI

/// Something the terminal reported: a key, a new size, or a signal that arrived while waiting.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    case signal(Int32)
    /// The terminal went away: input hung up without a signal arriving.
    case inputClosed
}
