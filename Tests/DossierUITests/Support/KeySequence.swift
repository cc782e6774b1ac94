import DossierUI

/// Reads key strings such as `"jj<Enter><C-d>?"`: plain characters stand for themselves, names in
/// angle brackets for special keys.
enum KeySequence {
    static let names: [String: Key] = [
        "Enter": .enter, "Esc": .escape, "Tab": .tab, "S-Tab": .backTab, "Space": .character(" "), "BS": .backspace,
        "Up": .up, "Down": .down, "Left": .left, "Right": .right, "PgUp": .pageUp, "PgDn": .pageDown, "Home": .home, "End": .end,
        "lt": .character("<"),
    ]

    static func parse(_ text: String) -> [Key] {
        var keys: [Key] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "<", let close = text[index...].firstIndex(of: ">") {
                let name = String(text[text.index(after: index)..<close])
                if let key = names[name] ?? control(name) {
                    keys.append(key)
                    index = text.index(after: close)
                    continue
                }
            }
            keys.append(.character(text[index]))
            index = text.index(after: index)
        }
        return keys
    }

    private static func control(_ name: String) -> Key? {
        guard name.hasPrefix("C-"), name.count == 3, let letter = name.last else { return nil }
        return .control(Character(letter.lowercased()))
    }
}
