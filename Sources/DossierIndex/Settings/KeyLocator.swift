import Foundation

/// Finds the line a TOML table or key was written on, because the parser reports positions only for
/// syntax errors and a user fixing a wrong value needs to know where it is.
///
/// The text is read once into tables of first lines, so that naming the line of every one of
/// thousands of mistakes costs a lookup each, not a pass over the file each.
public struct KeyLocator: Sendable {
    /// The 0-based line of each table's first `[table]` header.
    private var tableLines: [String: Int] = [:]
    /// The 0-based line of each key's first `key = …` in each table; keys above the first header are in table "".
    private var keyLines: [String: [String: Int]] = [:]

    public init(text: String) {
        var current = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let name = Self.tableName(of: line) {
                current = name
                if tableLines[name] == nil { tableLines[name] = index }
            } else if let key = Self.keyName(of: line), keyLines[current]?[key] == nil {
                keyLines[current, default: [:]][key] = index
            }
        }
    }

    /// The 1-based line of `[table]`.
    public func line(ofTable table: String) -> Int? {
        tableLines[table].map { $0 + 1 }
    }

    /// The 1-based line of `key = …` inside `[table]`, or of the table when the key is not written there.
    public func line(ofKey key: String, inTable table: String) -> Int? {
        keyLine(key, inTable: table).map { $0 + 1 } ?? line(ofTable: table)
    }

    /// The 0-based line of `key = …` inside `[table]`; keys above the first header are in table "".
    func keyLine(_ key: String, inTable table: String) -> Int? {
        keyLines[table]?[key]
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
