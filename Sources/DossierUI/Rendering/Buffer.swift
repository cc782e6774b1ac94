/// A grid of cells that views draw into; the terminal backend only ever draws the difference
/// between two buffers.
public struct Buffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    /// A stretch of changed cells on one row.
    public struct Change: Sendable, Equatable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]
    }

    public init(size: Size, fill: Cell = Cell()) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: fill, count: self.size.width * self.size.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` from column `x` on row `y`, clipped to `limit` columns and to the buffer's edge.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let end = min(size.width, limit.map { x + max(0, $0) } ?? size.width)
        var column = x
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > end {
                if column < end, column >= 0 { put(Cell(" ", style: style), at: column, y: y) }
                break
            }
            if column >= 0 {
                put(Cell(String(character), style: style), at: column, y: y)
                if width == 2 { put(.continuation(style: style), at: column + 1, y: y) }
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .text) {
        for row in max(0, rect.y)..<min(size.height, rect.maxY) {
            for column in max(0, rect.x)..<min(size.width, rect.maxX) { put(Cell(" ", style: style), at: column, y: row) }
        }
    }

    /// Changes the style of existing cells without touching their text.
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        for row in max(0, rect.y)..<min(size.height, rect.maxY) {
            for column in max(0, rect.x)..<min(size.width, rect.maxX) { transform(&cells[row * size.width + column].style) }
        }
    }

    /// Sets one cell, blanking the other half of any wide character it overwrites.
    private mutating func put(_ cell: Cell, at x: Int, y: Int) {
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !cell.isContinuation, x + 1 < size.width, cells[index + 1].isContinuation, DisplayWidth.of(cells[index].grapheme) == 2 {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// The text of row `y`, without trailing blanks.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width { text += self[x, y].grapheme }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The whole screen as text, one line per row.
    public var text: String { (0..<size.height).map(line).joined(separator: "\n") }

    /// Row `y` with one letter per cell naming its style role, for tests that check colours.
    public func styleLine(_ y: Int) -> String {
        String((0..<size.width).map { self[$0, y].style.role.code })
    }

    /// The runs of cells that differ from `previous`; every row when there is no comparable previous frame.
    public func changes(since previous: Buffer?) -> [Change] {
        guard let previous, previous.size == size else {
            return (0..<size.height).map { y in Change(x: 0, y: y, cells: Array(cells[(y * size.width)..<((y + 1) * size.width)])) }
        }
        var changes: [Change] = []
        for y in 0..<size.height {
            let rowStart = y * size.width
            var x = 0
            while x < size.width {
                if previous[x, y] == self[x, y] {
                    x += 1
                    continue
                }
                // A wide character is redrawn whole, so a run never starts or ends inside one.
                let start = x > 0 && self[x, y].isContinuation ? x - 1 : x
                var end = x + 1
                while end < size.width, previous[end, y] != self[end, y] || self[end, y].isContinuation { end += 1 }
                changes.append(Change(x: start, y: y, cells: Array(cells[(rowStart + start)..<(rowStart + end)])))
                x = end
            }
        }
        return changes
    }
}

extension StyleRole {
    /// A one-letter name used in style snapshots.
    public var code: Character {
        switch self {
        case .text: return "."
        case .dimText: return "d"
        case .border: return "b"
        case .focusedBorder: return "B"
        case .title: return "t"
        case .selection: return "s"
        case .searchHit: return "h"
        case .person: return "p"
        case .organization: return "o"
        case .place: return "l"
        case .other: return "x"
        case .date: return "D"
        case .agree: return "a"
        case .conflict: return "c"
        case .gutter: return "g"
        case .statusBar: return "S"
        case .prompt: return "P"
        case .help: return "H"
        }
    }
}
