/// What a piece of screen text is, so that a theme can give it colours and attributes.
public enum StyleRole: String, Sendable, CaseIterable, Hashable, Codable {
    case text
    case dimText = "dim_text"
    case border
    case focusedBorder = "focused_border"
    case title
    case selection
    case searchHit = "search_hit"
    case person
    case organization
    case place
    case other
    case date
    case agree
    case conflict
    case gutter
    case statusBar = "status_bar"
    case prompt
    case help
}

/// The look of a cell: its role, plus emphasis the view adds regardless of theme.
public struct Style: Sendable, Equatable, Hashable {
    public var role: StyleRole
    public var bold: Bool
    public var underline: Bool

    public init(_ role: StyleRole = .text, bold: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
    }

    public static let text = Style(.text)
    public static let dim = Style(.dimText)
}
