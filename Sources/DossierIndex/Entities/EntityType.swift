/// The kinds of named things Dossier recognises.
public enum EntityType: String, Sendable, CaseIterable, Codable, Hashable {
    case person
    case organization
    case place
    case other

    /// Reads a type name, accepting the usual short forms ("org", "loc", "per").
    public init?(name: String) {
        switch name.lowercased() {
        case "person", "per", "people": self = .person
        case "organization", "organisation", "org": self = .organization
        case "place", "location", "loc", "gpe": self = .place
        case "other", "misc": self = .other
        default: return nil
        }
    }
}
