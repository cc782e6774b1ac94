/// The `:` prompt: what is typed, the commands typed before, and the completions last offered.
public struct CommandLineState: Sendable, Equatable {
    public var isOpen = false
    public var editor = LineEditor()
    public var history = SearchHistory()
    /// What Tab found to finish the text, shown on the prompt line.
    public var completions = Completions()

    public init() {}

    /// Tab: the next (`step` 1) or previous (-1) of the completions shown, or what `completer`
    /// finds for the text: what every candidate shares when that is more than was typed, else the first.
    public mutating func complete(by step: Int, using completer: ExCommandCompleter) {
        guard !completions.step(by: step, in: &editor), step > 0 else { return }
        let (text, candidates) = completer.complete(editor.text)
        if text == editor.text, candidates.count > 1 {
            completions.offer(candidates, in: &editor)
        } else {
            editor.replace(with: text)
            completions = Completions(candidates)
        }
    }
}
