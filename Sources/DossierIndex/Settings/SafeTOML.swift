import TOMLKit

/// TOMLKit's parser behind one guard: toml++ (the C++ parser TOMLKit wraps) stops the whole program
/// on a failed assertion, rather than reporting an error, when a table header's name starts with
/// anything but a bare-key character or a quote (`[°"x"]`, `[= x]`, found by `make fuzz`). Every
/// settings file goes through here. None of Dossier's settings holds arrays, so a line that starts
/// with `[` is taken for a header.
public enum SafeTOML {
    /// A mistake found before TOMLKit sees the text, with its 1-based line.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var description: String
    }

    /// The document's root table; throws `SyntaxError` or TOMLKit's `TOMLParseError`.
    public static func parse(_ text: String) throws -> TOMLTable {
        if let line = badHeader(in: text) {
            throw SyntaxError(line: line, description: "a table name must start with a letter, a digit, _, - or a quote")
        }
        return try TOMLTable(string: text)
    }

    /// The line of the first `[…]` or `[[…]]` header whose name does not start as toml++ expects:
    /// a bare-key character (ASCII letter, digit, _ or -), a quote, or the `]` it reports itself.
    static func badHeader(in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // toml++ skips a byte-order mark, and may take other spaces for white space.
            var rest = line.unicodeScalars.drop { $0 == "\u{FEFF}" || ($0.properties.isWhitespace && $0 != "\n") }
            guard rest.first == "[" else { continue }
            rest = rest.dropFirst()
            if rest.first == "[" { rest = rest.dropFirst() }
            let first = rest.first { $0 != " " && $0 != "\t" }
            guard let first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first) || "_-\"']".unicodeScalars.contains(first)
            else { return index + 1 }
        }
        return nil
    }
}
