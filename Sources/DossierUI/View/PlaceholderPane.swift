/// A pane whose feature has not been built yet: its frame and one plain line saying so.
public struct PlaceholderPane {
    public let pane: Pane
    public let message: String
    public let focused: Bool

    public init(pane: Pane, message: String, focused: Bool) {
        self.pane = pane
        self.message = message
        self.focused = focused
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let inner = Frame(title: pane.title, focused: focused).render(into: &buffer, area: area)
        for (row, line) in TextWrapper.wrap(message, width: max(1, inner.width - 2)).prefix(max(0, inner.height)).enumerated() {
            buffer.write(line.text, x: inner.x + 1, y: inner.y + row, style: .dim, limit: inner.width - 1)
        }
    }
}
