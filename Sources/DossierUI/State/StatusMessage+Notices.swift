extension StatusMessage {
    /// How many notices the status bar shows whole: more would not fit its one line.
    static let noticesShown = 3

    /// The first notices in full (files left out come first), so that notes on dossier.toml or
    /// config.toml cannot hide them, and how many more there are; nil when there are none.
    public static func warning(for notices: [String]) -> StatusMessage? {
        guard !notices.isEmpty else { return nil }
        let more = notices.count > noticesShown ? " · and \(notices.count - noticesShown) more" : ""
        return StatusMessage(notices.prefix(noticesShown).joined(separator: " · ") + more, kind: .warning)
    }
}
