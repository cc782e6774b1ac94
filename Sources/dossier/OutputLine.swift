import DossierIndex

/// Lines of the commands' plain output: fields from outside (file names, titles) have their control
/// characters escaped, so that an escape sequence in a name never reaches the terminal and a tab or
/// newline in one never breaks the table.
enum OutputLine {
    /// The fields, each escaped, between tabs.
    static func fields(_ fields: String...) -> String {
        fields.map(PrintableText.escaping).joined(separator: "\t")
    }

    /// A name or other text from outside, escaped.
    static func text(_ text: String) -> String {
        PrintableText.escaping(text)
    }
}
