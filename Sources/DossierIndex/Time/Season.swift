/// A season as TIMEX3 writes it, spanning meteorological months (winter runs into the next year).
enum Season: String, Sendable, CaseIterable {
    case spring = "SP", summer = "SU", autumn = "FA", winter = "WI"

    /// The month the season starts in.
    var firstMonth: Int {
        switch self {
        case .spring: return 3
        case .summer: return 6
        case .autumn: return 9
        case .winter: return 12
        }
    }

    var name: String {
        switch self {
        case .spring: return "spring"
        case .summer: return "summer"
        case .autumn: return "autumn"
        case .winter: return "winter"
        }
    }
}
