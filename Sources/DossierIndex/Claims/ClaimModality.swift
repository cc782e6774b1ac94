/// How a statement asserts what it says: as having happened, as expected or aimed at, or as an
/// estimate. Two statements of different classes never state the same fact, and a forecast never
/// contradicts an outcome.
public enum ClaimModality: String, Sendable, Codable, CaseIterable {
    case reported, forecast, estimate
}
