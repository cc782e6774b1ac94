/// A mouse action at a screen cell, as the terminal reports it.
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case click, doubleClick, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    /// Lines the wheel scrolls per notch.
    public static let wheelLines = 3

    /// The item of a list under the pointer: items of `rowsPerItem` rows drawn from `firstRow`,
    /// starting with item `top`, `count` in all; nil above, below or past the end.
    public func item(firstRow: Int, rowsPerItem: Int, top: Int, count: Int, visibleItems: Int) -> Int? {
        guard y >= firstRow else { return nil }
        let offset = (y - firstRow) / rowsPerItem
        guard offset < visibleItems, top + offset < count else { return nil }
        return top + offset
    }
}
