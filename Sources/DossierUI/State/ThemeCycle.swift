/// The themes `T` steps through, by file name, and the one in use.
public struct ThemeCycle: Sendable, Equatable {
    public var names: [String]
    public var current: String

    public init(names: [String] = [], current: String = "default") {
        self.names = names
        self.current = current
    }

    /// Moves to the theme after the current one, wrapping round, or to the first when the current
    /// one is not among them (a misspelt `--theme`); nil when there are no themes at all.
    public mutating func advance() -> String? {
        guard !names.isEmpty else { return nil }
        let next = names.firstIndex(of: current).map { (names.index(after: $0)) % names.count } ?? 0
        current = names[next]
        return current
    }
}
