import DossierIndex

/// Something that happened: a command from a key, a new terminal size, or the answer to an effect.
public enum Action: Sendable, Equatable {
    /// A key press, looked up in the keymap for the scopes in force.
    case key(Key)
    case command(Command)
    case resize(Size)
    /// A document was read; `focus` is the pane to focus afterwards, if any.
    case documentOpened(DocumentText, focus: Pane?)
    case notice(StatusMessage)
}
