/// Finds the date a document prints about itself in a dateline or byline: a short line near its
/// start or end that holds a full date ("Monday, 24 January 2024", "By Jane Smith, 3 May 2023",
/// "Published: January 24, 2024.").
public enum Dateline {
    /// Datelines stand in the first few paragraphs (after a headline, a standfirst, a byline)…
    static let leadingParagraphs = 4
    /// …or in the last ones (a "Published" or "Last updated" footer).
    static let trailingParagraphs = 2
    /// A dateline is a short line: a date with a place, a name or a label, not a sentence of text.
    static let longestDateline = 80
    /// Labels that make a line ending in a full stop a dateline all the same.
    private static let labels: Set<String> = ["published", "updated", "posted", "date", "dated", "by", "last", "first", "filed"]

    /// The date of the first dateline found, as ISO "yyyy-MM-dd" or "yyyy-MM"; nil when there is none.
    public static func date(of document: LoadedDocument) -> String? {
        let paragraphs = document.paragraphs
        let candidates = Array(paragraphs.prefix(leadingParagraphs)) + Array(paragraphs.dropFirst(leadingParagraphs).suffix(trailingParagraphs))
        let tagger = TemporalTagger()
        for paragraph in candidates where paragraph.text.unicodeScalars.count <= longestDateline && readsAsDateline(paragraph.text) {
            for expression in tagger.expressions(in: paragraph.text, documentDate: nil) where expression.endValue == nil && expression.modifier == nil {
                switch TimexPeriod(expression.value) {
                case .day?, .month?: return expression.value
                case .time(let day, _, _)?: return day.iso
                default: continue
                }
            }
        }
        return nil
    }

    /// A line without a sentence's final stop, or one that opens with a label such as "Published".
    private static func readsAsDateline(_ text: String) -> Bool {
        if !LineShape(text).endsSentence { return true }
        let first = text.prefix { $0.isLetter }.lowercased()
        return labels.contains(first)
    }
}
