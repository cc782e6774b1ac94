/// A `field:value` restriction in a query, such as `doc:report` or `after:2022`.
public struct QueryFilter: Sendable, Equatable {
    /// The fields the query language knows.
    public enum Field: String, Sendable, CaseIterable {
        case doc, entity, type, after, before
    }

    public var field: Field
    public var value: String
    /// Written with a leading `-`: exclude what the filter selects.
    public var isNegated: Bool

    public init(field: Field, value: String, isNegated: Bool = false) {
        self.field = field
        self.value = value
        self.isNegated = isNegated
    }
}
