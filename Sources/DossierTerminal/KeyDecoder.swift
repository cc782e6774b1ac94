import CNcurses
import DossierUI

/// Turns what `wget_wch` returns into keys: function-key codes, and characters, some of which are
/// control keys.
public enum KeyDecoder {
    /// The sequences terminals send for Home and End: VT220's `ESC [ 1 ~` and `ESC [ 4 ~`, and
    /// xterm's `ESC [ H` and `ESC [ F` (`ESC O H` and `ESC O F` in application mode). ncurses knows
    /// only the pair its terminfo entry names, and `TERM` often names another terminal than the one
    /// drawing (screen's entry inside an xterm, xterm's inside tmux), so every pair is defined.
    public static let homeAndEndSequences: [(sequence: String, code: Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ]

    /// Decodes a function-key code (returned with `KEY_CODE_YES`).
    public static func decode(functionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// Decodes a character, recognising Tab, Enter, Escape, Backspace and Ctrl-letter.
    public static func decode(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0, 28...31: return nil
        default:
            return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
