/// Sets one `key = value` entry of a TOML table by editing lines, so that everything else in the
/// file (comments, order, other tables, the user's own layout) stays exactly as it was.
public enum TOMLTableEditor {
    /// The text with `key` in `[table]` set to `literal`: the entry's line replaced if the table
    /// has one, else added after the table's last entry, else the table appended to the file.
    public static func setting(_ key: String, to literal: String, inTable table: String, in text: String) -> String {
        let entry = "\(quoted(key)) = \(literal)"
        var lines = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let hadFinalNewline = text.hasSuffix("\n")
        if hadFinalNewline { lines.removeLast() }
        let locator = KeyLocator(text: text)
        if let existing = locator.keyLine(key, inTable: table) {
            lines[existing] = entry
        } else if let header = locator.line(ofTable: table).map({ $0 - 1 }) {
            lines.insert(entry, at: endOfEntries(after: header, in: lines))
        } else {
            if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
            lines += ["[\(table)]", entry]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where a new entry of the table starting at `header` goes: after its last non-blank line.
    private static func endOfEntries(after header: Int, in lines: [String]) -> Int {
        var end = header + 1
        var index = header + 1
        while index < lines.count, KeyLocator.tableName(of: Substring(lines[index])) == nil,
              !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("[[") {
            if !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { end = index + 1 }
            index += 1
        }
        return end
    }

    /// A TOML basic string holding `text`.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
