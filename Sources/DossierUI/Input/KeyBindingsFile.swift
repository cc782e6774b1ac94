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
            root = try SafeTOML.parse(text)
        } catch let error as SafeTOML.SyntaxError {
            return (keymap, ["\(file):\(error.line): \(error.description); key bindings not applied"])
        } catch let error as TOMLParseError {
            return (keymap, ["\(file):\(error.source.begin.line): \(error.description); key bindings not applied"])
        } catch {
            return (keymap, ["\(file): \(error); key bindings not applied"])
        }
        guard let keys = root["keys"]?.table else { return (keymap, []) }
        // Read in time linear in the file: the bindings are applied together, and the file is
        // searched for lines once (thousands of bindings took minutes when each did both).
        var reading = Reading(file: file, text: text)
        for (name, value) in keys.sorted(by: { $0.0 < $1.0 }) {
            if let scoped = value.table {
                guard let scope = KeyScope(rawValue: name) else {
                    reading.problem("[keys.\(name)] is no scope; use \(KeyScope.allCases.map(\.rawValue).joined(separator: ", "))", table: "keys.\(name)")
                    continue
                }
                for (key, command) in scoped.sorted(by: { $0.0 < $1.0 }) { reading.bind(key, command, in: scope, table: "keys.\(name)") }
            } else {
                reading.bind(name, value, in: .global, table: "keys")
            }
        }
        var keymap = keymap
        keymap.bind(reading.bindings)
        return (keymap, reading.problems)
    }

    /// The bindings read so far and what could not be read, with the lines of the file found once.
    private struct Reading {
        let file: String
        let text: String
        var bindings: [KeyBinding] = []
        var problems: [String] = []
        private var locator: KeyLocator?

        init(file: String, text: String) {
            self.file = file
            self.text = text
        }

        mutating func bind(_ name: String, _ value: TOMLValueConvertible, in scope: KeyScope, table: String) {
            guard let key = Key(name: name) else {
                problem("\"\(name)\" is no key; write keys as j, G, Ctrl-D, PgDn, Enter or F5", key: name, table: table)
                return
            }
            guard let commandName = value.string, let command = Command(rawValue: commandName) else {
                problem("\"\(name)\" must name a command such as cursor.down; ? in the explorer lists them", key: name, table: table)
                return
            }
            bindings.append(KeyBinding(key, scope, command))
        }

        mutating func problem(_ message: String, key: String? = nil, table: String) {
            let locator = self.locator ?? KeyLocator(text: text)
            self.locator = locator
            let line = key.map { locator.line(ofKey: $0, inTable: table) } ?? locator.line(ofTable: table)
            problems.append("\(file)\(line.map { ":\($0)" } ?? ""): \(message)")
        }
    }
}
