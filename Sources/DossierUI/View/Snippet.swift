/// A sentence cut down to a width around its first highlight, with "…" where text was left out.
public struct Snippet: Sendable, Equatable {
    public var text: String
    /// The highlights, moved to the cut text's scalar offsets.
    public var highlights: [Range<Int>]

    public init(_ text: String, highlights: [Range<Int>], width: Int) {
        let scalars = Array(text.unicodeScalars)
        guard width > 1, DisplayWidth.of(text) > width else {
            self.text = text
            self.highlights = highlights
            return
        }
        var start = 0
        if let first = highlights.map(\.lowerBound).min(), first > width / 4 {
            start = first - width / 4
            while start < first, !scalars[start - 1].properties.isWhitespace { start += 1 }
        }
        let prefix = start > 0 ? "…" : ""
        var end = start
        var used = DisplayWidth.of(prefix)
        while end < scalars.count, used + DisplayWidth.of(scalars[end]) <= width - 1 {
            used += DisplayWidth.of(scalars[end])
            end += 1
        }
        if end == scalars.count - 1, used + DisplayWidth.of(scalars[end]) <= width { end += 1 }
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: prefix.unicodeScalars)
        cut.append(contentsOf: scalars[start..<end])
        if end < scalars.count { cut.append(contentsOf: "…".unicodeScalars) }
        self.text = String(cut)
        let shift = prefix.unicodeScalars.count - start
        self.highlights = highlights.compactMap { range in
            let lower = max(range.lowerBound, start), upper = min(range.upperBound, end)
            return lower < upper ? (lower + shift)..<(upper + shift) : nil
        }
    }
}
