import DossierIndex

/// The claims view: claims in conflict first, then those most documents agree on.
public struct ClaimsView: Sendable, Equatable {
    /// Nil until loaded.
    public var claims: [ClaimOverview]?
    public var cursor = ListCursor()

    public init(claims: [ClaimOverview]? = nil) {
        self.claims = claims
    }

    public var selected: ClaimOverview? {
        guard let claims, claims.indices.contains(cursor.selected) else { return nil }
        return claims[cursor.selected]
    }
}
