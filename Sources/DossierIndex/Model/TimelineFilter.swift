/// Which events the timeline shows: those of one document, those in sentences naming one entity,
/// and those whose dates fall in a span of days; nil means no restriction.
public struct TimelineFilter: Sendable, Equatable {
    public var documentID: Int64?
    public var entityID: Int64?
    /// Days since 1970-01-01; an event is kept when the days it covers overlap these.
    public var days: ClosedRange<Int>?

    public init(documentID: Int64? = nil, entityID: Int64? = nil, days: ClosedRange<Int>? = nil) {
        self.documentID = documentID
        self.entityID = entityID
        self.days = days
    }
}
