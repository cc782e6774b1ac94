/// Where each pane goes for a screen size: documents left, reader centre, entities right, timeline
/// below them, and the status bar on the last line.
public struct ScreenLayout: Sendable, Equatable {
    /// Below this the panes cannot be drawn usefully, and a notice is shown instead.
    public static let minimumSize = Size(width: 60, height: 15)

    public let size: Size
    public let documents: Rect
    public let reader: Rect
    public let entities: Rect
    public let timeline: Rect
    public let statusBar: Rect

    public init(size: Size) {
        self.size = size
        let timelineHeight = min(10, max(4, size.height * 22 / 100))
        let topHeight = max(0, size.height - 1 - timelineHeight)
        let documentsWidth = min(36, max(18, size.width * 24 / 100))
        let entitiesWidth = min(30, max(16, size.width * 20 / 100))
        documents = Rect(x: 0, y: 0, width: documentsWidth, height: topHeight)
        entities = Rect(x: size.width - entitiesWidth, y: 0, width: entitiesWidth, height: topHeight)
        reader = Rect(x: documentsWidth, y: 0, width: size.width - documentsWidth - entitiesWidth, height: topHeight)
        timeline = Rect(x: 0, y: topHeight, width: size.width, height: timelineHeight)
        statusBar = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
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

    /// Where search results go while the prompt is open: over the document list and the reader.
    public var searchResults: Rect {
        Rect(x: 0, y: 0, width: documents.width + reader.width, height: documents.height)
    }

    /// How many results fit below the results' summary line; each takes two rows.
    public var visibleResults: Int { max(1, (searchResults.height - 3) / SearchResultsPane.rowsPerResult) }

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
