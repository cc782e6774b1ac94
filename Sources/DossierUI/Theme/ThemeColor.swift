/// A colour as a theme names it: the terminal's own default, one of the 16 basic colours, an index
/// of the 256-colour palette, or an exact RGB value to be matched as closely as the terminal can.
public enum ThemeColor: Sendable, Equatable, Hashable {
    case terminalDefault
    /// 0–7 the basic colours, 8–15 their bright forms.
    case basic(Int)
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads `red`, `bright_red`, `default`, `#1e90ff`, or a number 0–255 given as text.
    public init?(name: String) {
        let lowered = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if lowered == "default" || lowered == "none" || lowered == "terminal" {
            self = .terminalDefault
        } else if let index = Self.basicNames.firstIndex(of: lowered) {
            self = .basic(index)
        } else if lowered.hasPrefix("bright_"), let index = Self.basicNames.firstIndex(of: String(lowered.dropFirst(7))) {
            self = .basic(index + 8)
        } else if lowered == "gray" || lowered == "grey" {
            self = .basic(8)
        } else if let match = lowered.wholeMatch(of: /#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/),
                  let red = UInt8(match.1, radix: 16), let green = UInt8(match.2, radix: 16), let blue = UInt8(match.3, radix: 16) {
            self = .rgb(red, green, blue)
        } else if let index = Int(lowered), (0...255).contains(index) {
            self.init(index: index)
        } else {
            return nil
        }
    }

    /// A palette index: the first 16 are the basic colours.
    public init(index: Int) {
        self = index < 16 ? .basic(index) : .indexed(index)
    }
}
