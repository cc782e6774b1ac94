/// The last line: where you are and what you can press, or the latest message.
public struct StatusBar {
    public let state: AppState

    /// Commands whose keys the bar advertises, in order.
    static let hintedCommands: [(Command, KeyScope, String)] = [
        (.focusNext, .global, "pane"), (.openDocument, .documents, "open"), (.toggleHelp, .global, "help"), (.quit, .global, "quit"),
    ]

    public init(state: AppState) {
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: Style(.statusBar))
        let hints = self.hints
        let hintsWidth = DisplayWidth.of(hints)
        let leftWidth = max(0, area.width - hintsWidth - 2)
        if let message = state.message {
            let style = Style(.statusBar, bold: message.kind != .info)
            buffer.write(" " + message.text, x: area.x, y: area.y, style: style, limit: message.kind == .info ? leftWidth : area.width)
            if message.kind != .info { return }
        } else {
            let location = " \(state.corpusName) · \(state.documents.count) document\(state.documents.count == 1 ? "" : "s") · \(state.focus.title)"
            buffer.write(location, x: area.x, y: area.y, style: Style(.statusBar), limit: leftWidth)
        }
        if hintsWidth + 2 <= area.width {
            buffer.write(hints, x: area.maxX - hintsWidth - 1, y: area.y, style: Style(.statusBar))
        }
    }

    /// "Tab pane  Enter open  ? help  q quit", from the keymap in force.
    var hints: String {
        Self.hintedCommands.compactMap { command, scope, label in
            state.keymap.keys(for: command, in: scope).first.map { "\($0.displayName) \(label)" }
        }.joined(separator: "  ")
    }
}
