import Foundation

/// Finds the line a TOML table or key was written on, because the parser reports positions only for
/// syntax errors and a user fixing a wrong value needs to know where it is.
public struct KeyLocator: Sendable {
    let lines: [Substring]

    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `[table]`.
    public func line(ofTable table: String) -> Int? {
        lines.firstIndex { Self.tableName(of: $0) == table }.map { $0 + 1 }
    }

    /// The 1-based line of `key = …` inside `[table]`, or of the table when the key is not written there.
    public func line(ofKey key: String, inTable table: String) -> Int? {
        keyLine(key, inTable: table).map { $0 + 1 } ?? line(ofTable: table)
    }

    /// The 0-based line of `key = …` inside `[table]`; keys above the first header are in table "".
    func keyLine(_ key: String, inTable table: String) -> Int? {
        var current: String? = ""
        for (index, line) in lines.enumerated() {
            if let name = Self.tableName(of: line) {
                current = name
            } else if current == table, Self.keyName(of: line) == key {
                return index
            }
        }
        return nil
    }

    /// The name in a `[table]` header line, with white space around the dots removed.
    static func tableName(of line: Substring) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), !trimmed.hasPrefix("[["), let close = trimmed.firstIndex(of: "]") else { return nil }
        return trimmed[trimmed.index(after: trimmed.startIndex)..<close]
            .split(separator: ".", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: ".")
    }

    /// The key of a `key = value` line: a bare key as written, a quoted key without its quotes.
    static func keyName(of line: Substring) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first != "#", first != "[" else { return nil }
        if first == "\"" || first == "'" { return quotedKey(trimmed) }
        guard let equals = trimmed.firstIndex(of: "=") else { return nil }
        return trimmed[..<equals].trimmingCharacters(in: .whitespaces)
    }

    /// Reads `"key" = …` (with backslash escapes) or `'key' = …` (literal).
    private static func quotedKey(_ text: Substring) -> String? {
        let quote = text.first
        var key = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if character == quote {
                let rest = text[text.index(after: index)...].drop { $0 == " " || $0 == "\t" }
                return rest.first == "=" ? key : nil
            }
            if character == "\\", quote == "\"" {
                index = text.index(after: index)
                guard index < text.endIndex else { return nil }
                key.append(unescaped(text[index]))
            } else {
                key.append(character)
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func unescaped(_ character: Character) -> Character {
        switch character {
        case "n": return "\n"
        case "t": return "\t"
        default: return character
        }
    }
}
