/// One line of a text, as ranges of scalar offsets into that text.
public struct TextLine: Sendable, Equatable {
    /// The line without its line feed.
    public var content: Range<Int>
    /// Where the following line starts.
    public var next: Int
}

/// Splits text into lines at line feeds (carriage returns are gone by the time text gets here).
enum LineSplitter {
    static func lines(of text: MappedText, limit: Int = .max) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        let scalars = text.scalars
        for index in scalars.indices where scalars[index] == "\n" {
            lines.append(TextLine(content: start..<index, next: index + 1))
            start = index + 1
            if lines.count >= limit { return lines }
        }
        if start < scalars.count { lines.append(TextLine(content: start..<scalars.count, next: scalars.count)) }
        return lines
    }
}
