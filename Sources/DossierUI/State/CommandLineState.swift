/// The `:` prompt: what is typed, the commands typed before, and the completions last offered.
public struct CommandLineState: Sendable, Equatable {
    public var isOpen = false
    public var editor = LineEditor()
    public var history = SearchHistory()
    /// What Tab found to finish the text, shown on the prompt line.
    public var completions: [String] = []

    public init() {}
}
