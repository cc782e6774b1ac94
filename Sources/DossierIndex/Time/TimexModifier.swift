/// What a modifier in a TIMEX3 expression does to its value: "early", "mid" and "late" narrow a
/// period to a part of it; the others ("about", "more than", "or earlier") qualify it.
public enum TimexModifier: String, Sendable, Codable {
    case start = "START", mid = "MID", end = "END"
    case approx = "APPROX", before = "BEFORE", after = "AFTER", onOrBefore = "ON_OR_BEFORE", onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN", moreThan = "MORE_THAN", equalOrLess = "EQUAL_OR_LESS", equalOrMore = "EQUAL_OR_MORE"
}
