/// The key help, generated from the keymap in force and drawn over the panes.
public struct HelpOverlay {
    public let keymap: Keymap
    public let top: Int

    /// A help line: a section heading or a binding.
    struct Line: Equatable {
        var keys: String
        var summary: String
        var isHeading: Bool
    }

    static let keyColumnWidth = 16

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

    static func area(on screen: Size) -> Rect {
        Rect(x: 0, y: 0, width: screen.width, height: screen.height - 1).centered(width: 72, height: screen.height - 4)
    }

    static func visibleRows(on screen: Size) -> Int { max(1, area(on: screen).height - 2) }

    public func render(into buffer: inout Buffer, screen: Size) {
        let area = Self.area(on: screen)
        buffer.fill(area, style: Style(.help))
        let inner = Frame(title: "Keys — Esc to close", focused: true).render(into: &buffer, area: area)
        let lines = Self.lines(for: keymap)
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.isHeading {
                buffer.write(line.keys, x: inner.x + 1, y: y, style: Style(.title, bold: true), limit: inner.width - 1)
            } else {
                buffer.write(line.keys, x: inner.x + 2, y: y, style: Style(.help, bold: true), limit: Self.keyColumnWidth - 1)
                buffer.write(line.summary, x: inner.x + 2 + Self.keyColumnWidth, y: y, style: Style(.help),
                             limit: inner.width - 2 - Self.keyColumnWidth)
            }
        }
    }
}
