/// A pane's border with its title; a focused pane gets heavy lines, which read even without colour.
public struct Frame {
    public var title: String
    public var focused: Bool
    /// A short label in the bottom-right corner, such as a scroll position.
    public var footer: String?

    public init(title: String, focused: Bool, footer: String? = nil) {
        self.title = title
        self.focused = focused
        self.footer = footer
    }

    /// Draws the border and returns the area inside it.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let lines = focused ? ("┏", "━", "┓", "┃", "┗", "┛") : ("┌", "─", "┐", "│", "└", "┘")
        let style = Style(focused ? .focusedBorder : .border)
        let horizontal = String(repeating: lines.1, count: area.width - 2)
        buffer.write(lines.0 + horizontal + lines.2, x: area.x, y: area.y, style: style)
        for row in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(lines.3, x: area.x, y: row, style: style)
            buffer.write(lines.3, x: area.maxX - 1, y: row, style: style)
        }
        buffer.write(lines.4 + horizontal + lines.5, x: area.x, y: area.maxY - 1, style: style)
        let label = DisplayWidth.truncate(" \(title) ", to: area.width - 4)
        buffer.write(label, x: area.x + 2, y: area.y, style: Style(focused ? .focusedBorder : .title, bold: focused))
        if let footer, area.width > DisplayWidth.of(footer) + 6 {
            let text = " \(footer) "
            buffer.write(text, x: area.maxX - 2 - DisplayWidth.of(text), y: area.maxY - 1, style: style)
        }
        return area.inset(by: 1)
    }
}
