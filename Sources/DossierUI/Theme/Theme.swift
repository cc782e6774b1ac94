/// A named mapping from every style role to colours and attributes.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var entries: [StyleRole: ThemeEntry]

    public init(name: String, entries: [StyleRole: ThemeEntry]) {
        self.name = name
        self.entries = entries
    }

    /// The role's entry; a role the theme leaves out is drawn as plain text.
    public func entry(for role: StyleRole) -> ThemeEntry {
        entries[role] ?? entries[.text] ?? ThemeEntry()
    }

    /// The theme used without colour (`NO_COLOR`, a monochrome terminal, or no theme files found):
    /// attributes alone keep selection, focus, hits and conflicts apart.
    public static let monochrome = Theme(name: "mono", entries: [
        .text: ThemeEntry(),
        .dimText: ThemeEntry(dim: true),
        .border: ThemeEntry(dim: true),
        .focusedBorder: ThemeEntry(bold: true),
        .title: ThemeEntry(bold: true),
        .selection: ThemeEntry(reverse: true),
        .searchHit: ThemeEntry(bold: true, underline: true),
        .person: ThemeEntry(underline: true),
        .organization: ThemeEntry(underline: true),
        .place: ThemeEntry(underline: true),
        .other: ThemeEntry(underline: true),
        .date: ThemeEntry(bold: true),
        .agree: ThemeEntry(bold: true),
        .conflict: ThemeEntry(bold: true, reverse: true),
        .gutter: ThemeEntry(dim: true),
        .statusBar: ThemeEntry(reverse: true),
        .prompt: ThemeEntry(bold: true),
        .help: ThemeEntry(),
    ])
}
