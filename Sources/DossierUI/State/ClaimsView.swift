import DossierIndex

/// The claims view: claims in conflict first, then those most documents agree on.
public struct ClaimsView: Sendable, Equatable {
    /// Nil until loaded.
    public var claims: [ClaimOverview]?
    public var cursor = ListCursor()
    /// Most contested first, or most corroborated.
    public var order: Corpus.ClaimOrder = .contested
    /// Only claims naming this entity (the one chosen in the sidebar, with its name for the title).
    public var entity: (id: Int64, name: String)?
    /// Only claims about a period overlapping the timeline's span, with its label.
    public var span: DateSpan?

    public init(claims: [ClaimOverview]? = nil) {
        self.claims = claims
    }

    /// What the claims view asks the index for.
    public var query: Effect {
        .loadClaimOverview(order: order, entityID: entity?.id, days: span.map { $0.days })
    }

    public static func == (left: ClaimsView, right: ClaimsView) -> Bool {
        left.claims == right.claims && left.cursor == right.cursor && left.order == right.order && left.entity?.id == right.entity?.id
            && left.span == right.span
    }

    public var selected: ClaimOverview? {
        guard let claims, claims.indices.contains(cursor.selected) else { return nil }
        return claims[cursor.selected]
    }
}
