/// The selected row of a list and the first row shown, kept so that the selection stays in view.
public struct ListCursor: Sendable, Equatable {
    public private(set) var selected = 0
    public private(set) var top = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Selects row `row` of `count`, scrolling a viewport of `visible` rows as little as possible.
    public mutating func select(_ row: Int, count: Int, visible: Int) {
        guard count > 0 else {
            selected = 0
            top = 0
            return
        }
        selected = min(max(0, row), count - 1)
        let visible = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = min(max(0, top), max(0, count - visible))
    }

    /// Where the selection is in a list of `count` rows, as a frame's footer shows it ("3/12"); nil for an empty list.
    public func position(in count: Int) -> String? {
        count > 0 ? "\(selected + 1)/\(count)" : nil
    }

    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selected + delta, count: count, visible: visible)
    }

    /// Moves by `delta` rows in a list with rows that cannot be selected (headings): over them in
    /// the direction of travel, stopping at the first or last row that can be; the headings above
    /// the first one stay in view when it is selected.
    public mutating func move(by delta: Int, count: Int, visible: Int, selectable: (Int) -> Bool) {
        guard let first = (0..<count).first(where: selectable), let last = (0..<count).last(where: selectable) else { return }
        var target = min(max(first, selected + delta), last)
        let step = delta >= 0 ? 1 : -1
        while !selectable(target) { target += step }
        if target == first { select(0, count: count, visible: visible) }
        select(target, count: count, visible: visible)
    }
}
