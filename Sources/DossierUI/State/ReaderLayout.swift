import DossierIndex
import Foundation

/// Lays a document out as reader lines at a given width: a header, then each paragraph word-wrapped.
public enum ReaderLayout {
    public static func lines(for document: DocumentText, width: Int) -> [ReaderLine] {
        guard width > 0 else { return [] }
        var lines: [ReaderLine] = []
        if !titleOpensText(document) {
            lines += TextWrapper.wrap(document.summary.title, width: width).map { ReaderLine(kind: .title, text: $0.text) }
        }
        lines += TextWrapper.wrap(details(of: document.summary), width: width).map { ReaderLine(kind: .details, text: $0.text) }
        for (index, paragraph) in document.paragraphs.enumerated() {
            if index == 0, paragraph.isHeading, paragraph.text == document.summary.title { continue }
            lines.append(ReaderLine(kind: .blank, text: ""))
            let kind: ReaderLine.Kind = paragraph.isHeading ? .heading : .body
            lines += TextWrapper.wrap(paragraph.text, width: width).map {
                ReaderLine(kind: kind, text: $0.text, paragraph: index, range: $0.range)
            }
        }
        return lines
    }

    /// Whether the title is only the start of the first paragraph, as the first sentence of a
    /// document without a title line is (shortened, with "…"), so that showing it would show it twice.
    static func titleOpensText(_ document: DocumentText) -> Bool {
        guard let first = document.paragraphs.first, !first.isHeading else { return false }
        let title = words(of: document.summary.title.hasSuffix("…") ? String(document.summary.title.dropLast()) : document.summary.title)
        let opening = words(of: first.text)
        // The shortened title may have lost a comma or dash after its last word.
        guard let last = title.last, opening.count >= title.count else { return false }
        return opening.prefix(title.count - 1).elementsEqual(title.dropLast()) && opening[title.count - 1].hasPrefix(last)
    }

    /// The text's words, so that spacing and line breaks do not matter.
    private static func words(of text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    /// The line under the title: file, date, author and length.
    static func details(of summary: DocumentSummary) -> String {
        var parts = [summary.path]
        if let date = summary.date { parts.append(summary.dateInferred ? "\(date) (inferred)" : date) }
        if let author = summary.author { parts.append(author) }
        if let source = summary.source { parts.append(source) }
        parts.append("\(summary.wordCount.formatted()) words")
        return parts.joined(separator: " · ")
    }
}
