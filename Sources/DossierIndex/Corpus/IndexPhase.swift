/// The phases a document goes through while it is indexed, in order. A document's row records
/// the last phase it went through, in the transaction that wrote that phase's results.
public enum IndexPhase: Int, Sendable, CaseIterable, Comparable, Codable {
    /// Its text, sentences and full-text index: enough to read and search it.
    case text = 1
    /// Its entity mentions; once every document has them, the corpus's entities are resolved.
    case entities
    /// Its date and the dates it mentions, for the timeline.
    case dates
    /// Its claims and their cross-references to other documents.
    case claims

    /// The name a person reads in progress lines and pane notices ("entities: 41%").
    public var name: String {
        switch self {
        case .text: "text"
        case .entities: "entities"
        case .dates: "dates"
        case .claims: "claims"
        }
    }

    public static func < (lhs: IndexPhase, rhs: IndexPhase) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
