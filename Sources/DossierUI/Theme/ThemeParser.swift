import DossierIndex
import Foundation
import TOMLKit

/// Reads a theme file: one TOML table per role, each with `fg`, `bg` and attribute flags; a role
/// without `fg` or `bg` takes the text role's.
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
            table = try SafeTOML.parse(text)
        } catch let error as SafeTOML.SyntaxError {
            throw SettingsFileError(file: file, line: error.line, problem: error.description)
        } catch let error as TOMLParseError {
            throw SettingsFileError(file: file, line: error.source.begin.line, problem: error.description)
        }
        let locator = KeyLocator(text: text)
        var name = defaultName
        var roleTables: [(role: StyleRole, table: TOMLTable)] = []
        for key in table.keys {
            switch key {
            case "name":
                guard let value = table[key]?.string else {
                    throw SettingsFileError(file: file, line: locator.line(ofKey: key, inTable: ""), key: key, problem: "expected a string")
                }
                name = value
            case "description":
                continue
            default:
                roleTables.append(try roleTable(key, in: table, file: file, locator: locator))
            }
        }
        return Theme(name: name, entries: try entries(roleTables, file: file, locator: locator))
    }

    /// Every role starts from the text role's colours, so that a theme with its own background need
    /// not repeat it in every table.
    private static func entries(_ roleTables: [(role: StyleRole, table: TOMLTable)], file: String, locator: KeyLocator) throws -> [StyleRole: ThemeEntry] {
        let textTable = roleTables.first { $0.role == .text }?.table
        let text = try textTable.map { try entry($0, role: StyleRole.text.rawValue, base: ThemeEntry(), file: file, locator: locator) } ?? ThemeEntry()
        let inherited = ThemeEntry(foreground: text.foreground, background: text.background)
        var entries: [StyleRole: ThemeEntry] = [:]
        for (role, table) in roleTables {
            entries[role] = role == .text ? text : try entry(table, role: role.rawValue, base: inherited, file: file, locator: locator)
        }
        return entries
    }

    /// The role a top-level key names, and its table.
    private static func roleTable(_ key: String, in table: TOMLTable, file: String, locator: KeyLocator) throws -> (StyleRole, TOMLTable) {
        guard let role = StyleRole(rawValue: key) else {
            throw SettingsFileError(file: file, line: locator.line(ofTable: key) ?? locator.line(ofKey: key, inTable: ""), key: key,
                                    problem: "unknown role; roles are \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let roleTable = table[key]?.table else {
            throw SettingsFileError(file: file, line: locator.line(ofKey: key, inTable: ""), key: key, problem: "expected a table such as [\(key)]")
        }
        return (role, roleTable)
    }

    private static func entry(_ table: TOMLTable, role: String, base: ThemeEntry, file: String, locator: KeyLocator) throws -> ThemeEntry {
        var entry = base
        for key in table.keys {
            let path = "\(role).\(key)"
            let line = locator.line(ofKey: key, inTable: role)
            if colorKeys.contains(key) {
                guard let color = color(table[key]) else {
                    throw SettingsFileError(file: file, line: line, key: path,
                                            problem: "not a colour; use a name (red, bright_blue, default), 0–255, or \"#rrggbb\"")
                }
                if key == "fg" { entry.foreground = color } else { entry.background = color }
            } else if flagKeys.contains(key) {
                guard let flag = table[key]?.bool else { throw SettingsFileError(file: file, line: line, key: path, problem: "expected true or false") }
                switch key {
                case "bold": entry.bold = flag
                case "dim": entry.dim = flag
                case "underline": entry.underline = flag
                case "reverse": entry.reverse = flag
                default: entry.italic = flag
                }
            } else {
                throw SettingsFileError(file: file, line: line, key: path, problem: "unknown setting; use fg, bg, bold, dim, underline, reverse or italic")
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
