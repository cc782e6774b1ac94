/// The key help, generated from the keymap in force and drawn over the panes across the screen's
/// width, keys and descriptions word-wrapped rather than cut.
public struct HelpOverlay {
    public let keymap: Keymap
    public let top: Int

    /// A help line: a section heading or a binding; on screen, a row of either.
    struct Line: Equatable {
        var keys: String
        var summary: String
        var isHeading: Bool
    }

    /// Columns left free on each side of the help, so that the panes below still frame it.
    static let margin = 2
    /// The keys' column is as wide as the widest keys, up to this; longer keys wrap.
    static let widestKeyColumn = 22

    public init(keymap: Keymap, top: Int) {
        self.keymap = keymap
        self.top = top
    }

    static func lines(for keymap: Keymap) -> [Line] {
        var lines: [Line] = []
        for scope in KeyScope.allCases {
            let commands = keymap.bindings.filter { $0.scope == scope }.map(\.command)
            var seen = Set<Command>()
            let unique = commands.filter { seen.insert($0).inserted }
            guard !unique.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", summary: "", isHeading: false)) }
            lines.append(Line(keys: scope.title, summary: "", isHeading: true))
            for command in unique {
                let keys = keymap.keys(for: command, in: scope).map(\.displayName).joined(separator: " ")
                lines.append(Line(keys: keys, summary: command.summary, isHeading: false))
            }
        }
        return lines
    }

    /// The width of the keys' column for these lines.
    static func keyColumnWidth(for lines: [Line]) -> Int {
        min(widestKeyColumn, lines.filter { !$0.isHeading }.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2
    }

    /// The help laid out for an inside `width` columns wide: every binding takes as many rows as
    /// its keys or its description need.
    static func rows(for keymap: Keymap, width: Int) -> [Line] {
        let lines = lines(for: keymap)
        let keyWidth = keyColumnWidth(for: lines), summaryWidth = max(1, width - 2 - keyWidth)
        return lines.flatMap { line -> [Line] in
            if line.isHeading {
                return TextWrapper.wrap(line.keys, width: max(1, width - 1)).map { Line(keys: $0.text, summary: "", isHeading: true) }
            }
            let keys = TextWrapper.wrap(line.keys, width: keyWidth - 1).map(\.text)
            let summary = TextWrapper.wrap(line.summary, width: summaryWidth).map(\.text)
            return (0..<max(1, keys.count, summary.count)).map { index in
                Line(keys: keys.indices.contains(index) ? keys[index] : "", summary: summary.indices.contains(index) ? summary[index] : "",
                    isHeading: false)
            }
        }
    }

    /// The whole screen above the status bar, less a margin on each side.
    static func area(on screen: Size) -> Rect {
        Rect(x: margin, y: 0, width: screen.width - 2 * margin, height: screen.height - 1)
    }

    static func visibleRows(on screen: Size) -> Int { max(1, area(on: screen).height - 2) }

    /// How many rows the help takes at this screen's size.
    static func rowCount(for keymap: Keymap, on screen: Size) -> Int {
        rows(for: keymap, width: max(1, area(on: screen).width - 2)).count
    }

    public func render(into buffer: inout Buffer, screen: Size) {
        let area = Self.area(on: screen)
        buffer.fill(area, style: Style(.help))
        let inner = Frame(title: "Keys — Esc to close", focused: true).render(into: &buffer, area: area)
        guard inner.width > 2 else { return }
        let keyWidth = Self.keyColumnWidth(for: Self.lines(for: keymap))
        for (row, line) in Self.rows(for: keymap, width: inner.width).dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.isHeading {
                buffer.write(line.keys, x: inner.x + 1, y: y, style: Style(.title, bold: true), limit: inner.width - 1)
            } else {
                buffer.write(line.keys, x: inner.x + 2, y: y, style: Style(.help, bold: true), limit: keyWidth - 1)
                buffer.write(line.summary, x: inner.x + 2 + keyWidth, y: y, style: Style(.help), limit: inner.width - 2 - keyWidth)
            }
        }
    }
}
