/// Word-wraps text to a width in terminal columns, breaking at spaces, then after hyphens and dashes,
/// and inside a word only when the word alone is wider than the line.
///
/// It works on Unicode scalars, not grapheme clusters: a combining mark has no width and is never
/// separated from the letter before it, which keeps long documents fast to lay out.
public enum TextWrapper {
    private static let breakAfter: Set<Unicode.Scalar> = ["-", "–", "—", "/"]

    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        guard width > 0 else { return [] }
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return [WrappedLine(text: "", range: 0..<0)] }
        let widths = scalars.map(DisplayWidth.of)
        var lines: [WrappedLine] = []
        var start = 0
        while start < scalars.count {
            if !lines.isEmpty { while start < scalars.count, scalars[start] == " " { start += 1 } }
            guard start < scalars.count else { break }
            let (end, next) = lineEnd(scalars, widths: widths, from: start, width: width)
            var trimmed = end
            while trimmed > start, scalars[trimmed - 1] == " " { trimmed -= 1 }
            var line = String.UnicodeScalarView()
            line.append(contentsOf: scalars[start..<trimmed])
            lines.append(WrappedLine(text: String(line), range: start..<trimmed))
            start = next
        }
        return lines
    }

    /// Where the line starting at `start` ends, and where the next one starts.
    private static func lineEnd(_ scalars: [Unicode.Scalar], widths: [Int], from start: Int, width: Int) -> (end: Int, next: Int) {
        var used = 0
        var end = start
        var lastBreak: Int?
        while end < scalars.count {
            if used + widths[end] > width { break }
            used += widths[end]
            let scalar = scalars[end]
            if scalar == " " {
                lastBreak = end + 1
            } else if breakAfter.contains(scalar), end + 1 < scalars.count, scalars[end + 1] != " ", end > start {
                lastBreak = end + 1
            }
            end += 1
        }
        // Zero-width marks belong to the scalar before them, wherever the line ends.
        while end < scalars.count, widths[end] == 0, scalars[end] != " " { end += 1 }
        if end == scalars.count { return (end, end) }
        if scalars[end] == " " { return (end, end + 1) }
        if let lastBreak, lastBreak > start { return (lastBreak, lastBreak) }
        let forced = max(end, start + 1)
        return (forced, forced)
    }
}
