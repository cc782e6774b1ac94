import DossierIndex
import TOMLKit

/// The user's key bindings from the `[keys]` tables of config.toml: `"Ctrl-J" = "cursor.down"`
/// binds everywhere, `[keys.reader]` and the other scopes bind in one place.
///
/// ```toml
/// [keys]
/// "Ctrl-J" = "cursor.down"
/// [keys.timeline]
/// "o" = "overlay.open"
/// ```
public struct KeyBindingsFile: Sendable, Equatable {
    public let text: String
    /// The file's path, for messages.
    public let file: String

    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }

    /// `keymap` with the file's bindings applied, and a message for each one that could not be.
    public func apply(to keymap: Keymap) -> (Keymap, [String]) {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (keymap, ["\(file):\(error.source.begin.line): \(error.description); key bindings not applied"])
        } catch {
            return (keymap, ["\(file): \(error); key bindings not applied"])
        }
        guard let keys = root["keys"]?.table else { return (keymap, []) }
        var keymap = keymap
        var problems: [String] = []
        for name in keys.keys.sorted() {
            if let scoped = keys[name]?.table {
                guard let scope = KeyScope(rawValue: name) else {
                    problems.append(problem("[keys.\(name)] is no scope; use \(KeyScope.allCases.map(\.rawValue).joined(separator: ", "))", table: "keys.\(name)"))
                    continue
                }
                for key in scoped.keys.sorted() { bind(key, scoped[key], in: scope, table: "keys.\(name)", keymap: &keymap, problems: &problems) }
            } else {
                bind(name, keys[name], in: .global, table: "keys", keymap: &keymap, problems: &problems)
            }
        }
        return (keymap, problems)
    }

    private func bind(_ name: String, _ value: TOMLValueConvertible?, in scope: KeyScope, table: String, keymap: inout Keymap, problems: inout [String]) {
        guard let key = Key(name: name) else {
            problems.append(problem("\"\(name)\" is no key; write keys as j, G, Ctrl-D, PgDn, Enter or F5", key: name, table: table))
            return
        }
        guard let commandName = value?.string, let command = Command(rawValue: commandName) else {
            problems.append(problem("\"\(name)\" must name a command such as cursor.down; ? in the explorer lists them", key: name, table: table))
            return
        }
        keymap.bind(key, to: command, in: scope)
    }

    private func problem(_ message: String, key: String? = nil, table: String) -> String {
        let locator = KeyLocator(text: text)
        let line = key.map { locator.line(ofKey: $0, inTable: table) } ?? locator.line(ofTable: table)
        return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
