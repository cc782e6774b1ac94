import Foundation

/// Finds the line a TOML table or key was written on, because the parser reports positions only for
/// syntax errors and a user fixing a wrong value needs to know where it is.
struct KeyLocator {
    let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `[table]`.
    func line(ofTable table: String) -> Int? {
        lines.firstIndex { Self.tableName(of: $0) == table }.map { $0 + 1 }
    }

    /// The 1-based line of `key = …` inside `[table]`.
    func line(ofKey key: String, inTable table: String) -> Int? {
        var current: String?
        for (index, line) in lines.enumerated() {
            if let name = Self.tableName(of: line) {
                current = name
            } else if current == table, Self.keyName(of: line) == key {
                return index + 1
            }
        }
        return line(ofTable: table)
    }

    private static func tableName(of line: Substring) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") else { return nil }
        return trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(in: .whitespaces)
    }

    private static func keyName(of line: Substring) -> String? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        return line[..<equals].trimmingCharacters(in: .whitespaces)
    }
}
