/// How wide the document list and the entity sidebar are and how tall the timeline is; the
/// reader takes the rest.
public struct PaneSizes: Sendable, Equatable, Codable {
    public var documents: Int
    public var entities: Int
    public var timeline: Int

    public init(documents: Int, entities: Int, timeline: Int) {
        self.documents = documents
        self.entities = entities
        self.timeline = timeline
    }

    /// Below this width three columns squeeze the document titles to about 15 columns, so the
    /// focused pane is favoured instead (at 100 the standard split still gives the reader 52).
    public static let compactWidth = 100
    /// A side pane without the focus on a narrow screen: a title's first word or two, or a name
    /// and its count.
    static let compactSideWidth = 12
    /// The share of a narrow screen's width, in percent, that a focused side pane takes.
    static let compactFocusedShare = 45
    /// The narrowest a side pane, and the reader, may be made with `<`.
    static let minimumSideWidth = 10
    static let minimumReaderWidth = 24
    /// The timeline's border and one event; and the rows the panes above it keep at least.
    static let minimumTimelineHeight = 3
    static let minimumTopHeight = 6

    /// Whether the screen is narrow enough that the layout follows the focus.
    public static func isCompact(_ size: Size) -> Bool {
        size.width < compactWidth
    }

    /// The sizes Dossier starts with: on a wide screen a quarter of the width for the documents
    /// and a fifth for the entities; on a narrow one the focused side pane gets almost half and
    /// the others a strip.
    public static func standard(for size: Size, focus: Pane) -> PaneSizes {
        let timeline = min(10, max(4, size.height * 22 / 100))
        guard isCompact(size) else {
            return PaneSizes(documents: min(36, max(18, size.width * 24 / 100)), entities: min(30, max(16, size.width * 20 / 100)),
                             timeline: timeline)
        }
        let focused = size.width * compactFocusedShare / 100
        return PaneSizes(documents: focus == .documents ? focused : compactSideWidth, entities: focus == .entities ? focused : compactSideWidth,
                         timeline: timeline)
    }

    /// These sizes within what `size` allows: every pane keeps a usable minimum.
    public func fitted(to size: Size) -> PaneSizes {
        let documents = Self.clamp(self.documents, Self.minimumSideWidth, size.width - Self.minimumReaderWidth - Self.minimumSideWidth)
        let entities = Self.clamp(self.entities, Self.minimumSideWidth, size.width - Self.minimumReaderWidth - documents)
        let timeline = Self.clamp(self.timeline, Self.minimumTimelineHeight, size.height - 1 - Self.minimumTopHeight)
        return PaneSizes(documents: documents, entities: entities, timeline: timeline)
    }

    private static func clamp(_ value: Int, _ lower: Int, _ upper: Int) -> Int {
        max(lower, min(value, upper))
    }
}
