import Foundation

/// Chooses a document's title when its metadata does not give one.
enum TitleGuesser {
    /// The longest title made from a first sentence, "…" included.
    static let maximumSentenceTitle = 60

    /// Front matter first, then a title found in the markup, then a headline-like first paragraph,
    /// and last the first sentence shortened at a word boundary.
    static func title(declared: String?, markupTitle: String?, paragraphs: [Reflower.Paragraph], firstSentence: String?) -> String {
        if let declared = clean(declared) { return declared }
        if let markupTitle = clean(markupTitle) { return markupTitle }
        if paragraphs.count >= 2, let first = paragraphs.first, first.isHeading, let headline = clean(first.text.string) {
            return headline
        }
        return shorten(firstSentence ?? paragraphs.first?.text.string ?? "")
    }

    /// Cuts a sentence at the last word boundary that leaves room for "…".
    static func shorten(_ sentence: String) -> String {
        let text = sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > maximumSentenceTitle else { return text.isEmpty ? "Untitled" : text }
        let limit = text.index(text.startIndex, offsetBy: maximumSentenceTitle - 1)
        let head = text[..<limit]
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        let trimmed = cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:—–-"))
        return trimmed + "…"
    }

    private static func clean(_ title: String?) -> String? {
        guard let title else { return nil }
        let collapsed = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }
}
