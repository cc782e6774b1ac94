import DossierIndex

/// The open document's claims with cross-references, and which one `]` and `[` went to.
public struct ClaimState: Sendable, Equatable {
    /// The document `markers` belong to.
    public var documentID: Int64?
    /// Gutter markers by sentence ordinal.
    public var markers: [Int: ClaimMarker] = [:]
    /// The claim `]`, `[` or a jump landed on, by sentence ordinal.
    public var current: Int?

    public init() {}

    /// Ordinals of the document's linked claims, in reading order.
    public var ordinals: [Int] { markers.keys.sorted() }
}
