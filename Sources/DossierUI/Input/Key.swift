/// A key press, decoded from the terminal or named in a configuration file.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, stored lowercase: Ctrl-D is `.control("d")`.
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete, insert
    case function(Int)

    /// How the key is written in the help overlay and in configuration files.
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .function(let number): return "F\(number)"
        }
    }

    private static let named: [String: Key] = [
        "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
        "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "enter": .enter,
        "return": .enter, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "esc": .escape, "escape": .escape,
        "backspace": .backspace, "delete": .delete, "del": .delete, "insert": .insert,
        "↑": .up, "↓": .down, "←": .left, "→": .right,
    ]

    /// Reads a key name such as `j`, `G`, `Ctrl-D`, `C-d`, `PgDn`, `Enter` or `F5`.
    public init?(name: String) {
        let lowered = name.lowercased()
        if name.count == 1, let character = name.first {
            self = .character(character)
        } else if let key = Self.named[lowered] {
            self = key
        } else if let match = lowered.wholeMatch(of: /(?:ctrl|c)-([a-z])/) {
            self = .control(Character(String(match.1)))
        } else if let match = lowered.wholeMatch(of: /f(\d{1,2})/), let number = Int(match.1), (1...24).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }
}
