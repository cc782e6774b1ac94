/// One row of the keymap: a key, where it applies, and the command it runs.
public struct KeyBinding: Sendable, Equatable, Hashable {
    public var key: Key
    public var scope: KeyScope
    public var command: Command

    public init(_ key: Key, _ scope: KeyScope, _ command: Command) {
        self.key = key
        self.scope = scope
        self.command = command
    }
}
