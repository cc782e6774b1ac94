/// Removes Markdown syntax a reader should not see (heading marks, emphasis, link targets, fences)
/// and sets headings apart as blocks of their own.
enum MarkdownCleaner {
    /// The cleaned text and the first level-one heading, which titles the document.
    struct Cleaned {
        var text: MappedText
        var firstHeading: String?
    }

    static func clean(_ markdown: MappedText) -> Cleaned {
        var output = MappedText()
        var firstHeading: String?
        var inFence = false
        let lines = LineSplitter.lines(of: markdown)
        for (position, line) in lines.enumerated() {
            let content = markdown.string(line.content)
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            let newlineOrigin = markdown.origins[min(line.content.upperBound, markdown.count - 1)]
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence {
                output.append(contentsOf: markdown, range: line.content)
                output.append("\n", origin: newlineOrigin)
                continue
            }
            if isSetextUnderline(trimmed) {
                let previousIsText = position > 0 && !markdown.string(lines[position - 1].content).trimmingCharacters(in: .whitespaces).isEmpty
                if previousIsText { output.append("\n", origin: newlineOrigin) }
                continue
            }
            if let heading = content.firstMatch(of: /^\s{0,3}(#{1,6})\s+/) {
                let start = line.content.lowerBound + content[..<heading.range.upperBound].unicodeScalars.count
                let end = headingEnd(markdown, range: start..<line.content.upperBound)
                output.append("\n", origin: newlineOrigin)
                let headingStart = output.count
                appendInline(markdown, range: start..<end, to: &output)
                if firstHeading == nil, heading.1.count == 1 { firstHeading = output.string(headingStart..<output.count) }
                output.append("\n", origin: newlineOrigin)
                output.append("\n", origin: newlineOrigin)
                continue
            }
            let quoteMarks = content.prefixMatch(of: /\s{0,3}(>\s?)+/).map { content[..<$0.range.upperBound].unicodeScalars.count } ?? 0
            appendInline(markdown, range: (line.content.lowerBound + quoteMarks)..<line.content.upperBound, to: &output)
            output.append("\n", origin: newlineOrigin)
        }
        return Cleaned(text: output, firstHeading: firstHeading)
    }

    /// `===` or `---` under a line of text turns it into a heading; alone, `---` is a rule.
    private static func isSetextUnderline(_ line: String) -> Bool {
        line.count >= 3 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
    }

    /// The end of a heading's text, before any closing run of `#`.
    private static func headingEnd(_ text: MappedText, range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, text.scalars[end - 1] == " " || text.scalars[end - 1] == "#" { end -= 1 }
        return end > range.lowerBound ? end : range.upperBound
    }

    /// Copies a line, dropping emphasis markers and code ticks and keeping only the text of links and images.
    static func appendInline(_ text: MappedText, range: Range<Int>, to output: inout MappedText) {
        let scalars = text.scalars
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "!" || scalar == "[", let link = linkSpan(scalars, at: index, limit: range.upperBound) {
                appendInline(text, range: link.label, to: &output)
                index = link.end
                continue
            }
            if scalar == "`" {
                index += 1
                continue
            }
            if scalar == "*" || scalar == "_" {
                let runEnd = (index..<range.upperBound).first(where: { scalars[$0] != scalar }) ?? range.upperBound
                if isEmphasisRun(scalars, run: index..<runEnd, within: range) {
                    index = runEnd
                    continue
                }
            }
            output.append(scalar, origin: text.origins[index])
            index += 1
        }
    }

    /// `[label](target)` or `![label](target)` starting at `start`.
    private static func linkSpan(_ scalars: [Unicode.Scalar], at start: Int, limit: Int) -> (label: Range<Int>, end: Int)? {
        let open = scalars[start] == "!" ? start + 1 : start
        guard open < limit, scalars[open] == "[",
              let close = (open + 1..<limit).first(where: { scalars[$0] == "]" }),
              close + 1 < limit, scalars[close + 1] == "(",
              let end = (close + 2..<limit).first(where: { scalars[$0] == ")" }) else { return nil }
        return (open + 1..<close, end + 1)
    }

    /// A run of `*` or `_` that opens or closes emphasis: it touches text on one side and space on the
    /// other, or text on both sides for `*` (an underscore inside a word is part of the word).
    private static func isEmphasisRun(_ scalars: [Unicode.Scalar], run: Range<Int>, within range: Range<Int>) -> Bool {
        func touchesText(_ position: Int) -> Bool {
            range.contains(position) && !scalars[position].isSpace
        }
        let before = touchesText(run.lowerBound - 1), after = touchesText(run.upperBound)
        if before && after { return scalars[run.lowerBound] == "*" }
        return before != after && run.count <= 3
    }
}
