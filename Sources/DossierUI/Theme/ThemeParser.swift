import DossierIndex
import Foundation
import TOMLKit

/// Reads a theme file: one TOML table per role, each with `fg`, `bg` and attribute flags.
///
/// ```toml
/// name = "default"
/// [selection]
/// fg = "black"
/// bg = "#5fafd7"
/// bold = true
/// ```
public enum ThemeParser {
    static let colorKeys: Set<String> = ["fg", "bg"]
    static let flagKeys: Set<String> = ["bold", "dim", "underline", "reverse", "italic"]

    public static func parse(_ text: String, file: String, defaultName: String) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, problem: error.description)
        }
        let locator = KeyLocator(text: text)
        var entries: [StyleRole: ThemeEntry] = [:]
        var name = defaultName
        for key in table.keys {
            if key == "name", let value = table[key]?.string {
                name = value
                continue
            }
            if key == "description" { continue }
            guard let role = StyleRole(rawValue: key) else {
                throw ThemeError(file: file, line: locator.line(ofTable: key), key: key,
                                 problem: "unknown role; roles are \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let roleTable = table[key]?.table else {
                throw ThemeError(file: file, line: locator.line(ofTable: key), key: key, problem: "expected a table such as [\(key)]")
            }
            entries[role] = try entry(roleTable, role: key, file: file, locator: locator)
        }
        return Theme(name: name, entries: entries)
    }

    private static func entry(_ table: TOMLTable, role: String, file: String, locator: KeyLocator) throws -> ThemeEntry {
        var entry = ThemeEntry()
        for key in table.keys {
            let path = "\(role).\(key)"
            let line = locator.line(ofKey: key, inTable: role)
            if colorKeys.contains(key) {
                guard let color = color(table[key]) else {
                    throw ThemeError(file: file, line: line, key: path,
                                     problem: "not a colour; use a name (red, bright_blue, default), 0–255, or \"#rrggbb\"")
                }
                if key == "fg" { entry.foreground = color } else { entry.background = color }
            } else if flagKeys.contains(key) {
                guard let flag = table[key]?.bool else { throw ThemeError(file: file, line: line, key: path, problem: "expected true or false") }
                switch key {
                case "bold": entry.bold = flag
                case "dim": entry.dim = flag
                case "underline": entry.underline = flag
                case "reverse": entry.reverse = flag
                default: entry.italic = flag
                }
            } else {
                throw ThemeError(file: file, line: line, key: path, problem: "unknown setting; use fg, bg, bold, dim, underline, reverse or italic")
            }
        }
        return entry
    }

    private static func color(_ value: TOMLValueConvertible?) -> ThemeColor? {
        if let name = value?.string { return ThemeColor(name: name) }
        if let index = value?.int, (0...255).contains(index) { return ThemeColor(index: index) }
        return nil
    }
}
