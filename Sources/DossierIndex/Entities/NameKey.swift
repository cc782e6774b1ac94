import Foundation

/// The comparable form of a name: folded to lowercase without diacritics, periods and apostrophes
/// dropped, hyphens and white space as single spaces, and no leading "the".
enum NameKey {
    static func of(_ name: String) -> String {
        var folded = QueryHighlighter.fold(name)
        folded.removeAll { $0 == "." || $0 == "'" || $0 == "’" }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2011}" || $0 == "\t" })
        let dropped = words.first == "the" && words.count > 1 ? words.dropFirst() : words[...]
        return dropped.joined(separator: " ")
    }
}
