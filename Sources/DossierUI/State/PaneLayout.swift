/// How the panes share the screen: a pane maximized with `z`, and the sizes set with `<` and `>`
/// for each terminal size (and on a narrow screen, for each focused pane), kept between sessions.
public struct PaneLayout: Sendable, Equatable {
    /// The focused pane fills the screen above the status bar.
    public var isZoomed = false
    /// Sizes the user set, by ``key(for:focus:)``.
    public var saved: [String: PaneSizes]

    /// Columns a side pane grows or shrinks by with each `<` or `>`; the reader takes them from both sides.
    static let columnStep = 2
    /// Rows the timeline grows or shrinks by.
    static let rowStep = 1

    public init(saved: [String: PaneSizes] = [:]) {
        self.saved = saved
    }

    /// "120x40"; on a narrow screen the layout follows the focus, so "80x24 documents",
    /// "80x24 entities" or "80x24 reader" (the reader's sizes also serve the timeline).
    public static func key(for size: Size, focus: Pane) -> String {
        let base = "\(size.width)x\(size.height)"
        guard PaneSizes.isCompact(size) else { return base }
        switch focus {
        case .documents, .entities: return "\(base) \(focus.keyScope.rawValue)"
        case .reader, .timeline: return "\(base) \(Pane.reader.keyScope.rawValue)"
        }
    }

    /// The sizes in force: the user's for this size and focus, else the standard ones, fitted to the screen.
    public func sizes(for size: Size, focus: Pane) -> PaneSizes {
        (saved[Self.key(for: size, focus: focus)] ?? PaneSizes.standard(for: size, focus: focus)).fitted(to: size)
    }

    /// Makes `pane` wider (the timeline taller) or narrower by a step; false when it is already as
    /// wide or as narrow as the screen allows.
    public mutating func resize(_ pane: Pane, wider: Bool, on size: Size) -> Bool {
        let before = sizes(for: size, focus: pane)
        var after = before
        let sign = wider ? 1 : -1
        switch pane {
        case .documents: after.documents += sign * Self.columnStep
        case .entities: after.entities += sign * Self.columnStep
        case .reader:
            after.documents -= sign * Self.columnStep / 2
            after.entities -= sign * Self.columnStep / 2
        case .timeline: after.timeline += sign * Self.rowStep
        }
        after = after.fitted(to: size)
        guard after != before else { return false }
        saved[Self.key(for: size, focus: pane)] = after
        return true
    }
}
