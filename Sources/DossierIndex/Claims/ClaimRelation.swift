/// How two claims in different documents bear on each other.
public enum ClaimRelation: String, Sendable, Codable, CaseIterable, Hashable {
    /// The same fact: the same subject with the same or compatible values.
    case agree
    /// The same subject and predicate with values that cannot both be true.
    case conflict
    /// The same specific event or topic, with nothing to compare.
    case related
}
