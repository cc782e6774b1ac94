/// The part of a TIMEX3 value an expression narrows to: "early", "mid" and "late".
public enum TimexModifier: String, Sendable, Codable {
    case start = "START", mid = "MID", end = "END"
}
