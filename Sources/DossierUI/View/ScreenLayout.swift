/// Where each pane goes for a screen size: documents left, reader centre, entities right, timeline
/// below them, and the status bar on the last line; or one pane zoomed over all of them.
public struct ScreenLayout: Sendable, Equatable {
    /// Below this the panes cannot be drawn usefully, and a notice is shown instead.
    public static let minimumSize = Size(width: 60, height: 15)

    public let size: Size
    /// The pane that fills the screen, when one is zoomed; the others are not drawn.
    public let zoomed: Pane?
    public let documents: Rect
    public let reader: Rect
    public let entities: Rect
    public let timeline: Rect
    public let statusBar: Rect

    /// The layout for `size` with `sizes` (the standard ones when nil), or with `zoomed` filling it.
    public init(size: Size, sizes: PaneSizes? = nil, zoomed: Pane? = nil) {
        self.size = size
        self.zoomed = zoomed
        statusBar = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        if let zoomed {
            let whole = Rect(x: 0, y: 0, width: size.width, height: size.height - 1), hidden = Rect(x: 0, y: 0, width: 0, height: 0)
            documents = zoomed == .documents ? whole : hidden
            reader = zoomed == .reader ? whole : hidden
            entities = zoomed == .entities ? whole : hidden
            timeline = zoomed == .timeline ? whole : hidden
            return
        }
        let sizes = (sizes ?? PaneSizes.standard(for: size, focus: .reader)).fitted(to: size)
        let topHeight = max(0, size.height - 1 - sizes.timeline)
        documents = Rect(x: 0, y: 0, width: sizes.documents, height: topHeight)
        entities = Rect(x: size.width - sizes.entities, y: 0, width: sizes.entities, height: topHeight)
        reader = Rect(x: sizes.documents, y: 0, width: size.width - sizes.documents - sizes.entities, height: topHeight)
        timeline = Rect(x: 0, y: topHeight, width: size.width, height: size.height - 1 - topHeight)
    }

    /// Whether `pane` is drawn: every pane, or only the zoomed one.
    public func shows(_ pane: Pane) -> Bool {
        zoomed == nil || zoomed == pane
    }

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    public func rect(for pane: Pane) -> Rect {
        switch pane {
        case .documents: return documents
        case .reader: return reader
        case .entities: return entities
        case .timeline: return timeline
        }
    }

    /// The reader's text area: inside the border, after the gutter for claim markers and before a
    /// column of margin, at most `readerLineLength` wide and centred in what is left.
    public var readerText: Rect {
        let room = reader.width - 3 - Self.gutterWidth, width = min(room, Self.readerLineLength)
        return Rect(x: reader.x + 1 + Self.gutterWidth + (room - width) / 2, y: reader.y + 1, width: width, height: reader.height - 2)
    }

    /// The longest line the reader lays text out in: longer lines are hard to follow back to their
    /// start. Typography advises 60–100 characters; issue 19 asked for about 100.
    public static let readerLineLength = 100

    /// Columns left of the reader's text for claim markers: two for the marker, one to set it apart.
    public static let gutterWidth = 3

    /// Whether the search results cover `pane` while the prompt is open.
    public func isUnderSearchResults(_ pane: Pane) -> Bool {
        zoomed != nil || pane == .documents || pane == .reader
    }

    /// Where search results and overlays go: over the document list and the reader, or over
    /// everything above the status bar while a pane is zoomed.
    public var searchResults: Rect {
        guard zoomed == nil else { return Rect(x: 0, y: 0, width: size.width, height: size.height - 1) }
        return Rect(x: 0, y: 0, width: documents.width + reader.width, height: documents.height)
    }

    /// How many rows of entities fit in the sidebar, inside its frame.
    public var visibleEntities: Int { max(1, entities.height - 2) }

    /// How many events fit in the timeline below its chart, inside its frame.
    public var visibleTimelineEvents: Int {
        let inner = max(0, timeline.height - 2)
        return max(1, inner - TimelinePane.chartRows(inHeight: inner))
    }

    /// How many documents fit in the list; each takes two rows.
    public var visibleDocuments: Int { max(1, (documents.height - 2) / DocumentListPane.rowsPerDocument) }
}
