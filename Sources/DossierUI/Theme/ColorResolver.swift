/// Matches theme colours to what a terminal can show: exact where it can, the nearest palette
/// colour otherwise, and nothing at all on a monochrome terminal.
public struct ColorResolver: Sendable {
    /// A colour a terminal can draw: a palette index (nil for the terminal's default) and whether it
    /// needs bold to look bright, as bright colours do on 8-colour terminals.
    public struct Resolved: Sendable, Equatable {
        public var index: Int?
        public var needsBold: Bool
    }

    /// How many colours the terminal has (`COLORS`): 0 or 2 for none, 8, 16, 88 or 256.
    public let colorCount: Int

    public init(colorCount: Int) {
        self.colorCount = colorCount
    }

    public var hasColor: Bool { colorCount >= 8 }

    /// The theme as this terminal draws it: without colour, only the attributes of `mono` keep
    /// roles apart, since a colour theme may tell selection or hits apart by colour alone.
    public func drawable(_ theme: Theme) -> Theme {
        hasColor ? theme : .monochrome
    }

    public func resolve(_ color: ThemeColor) -> Resolved {
        guard hasColor else { return Resolved(index: nil, needsBold: false) }
        switch color {
        case .terminalDefault:
            return Resolved(index: nil, needsBold: false)
        case .basic(let index):
            if index < colorCount { return Resolved(index: index, needsBold: false) }
            return Resolved(index: index - 8, needsBold: true)
        case .indexed(let index):
            // Only a 256-colour terminal has xterm's palette; 88-colour ones number theirs differently.
            if colorCount >= 256 { return Resolved(index: index, needsBold: false) }
            return Resolved(index: nearest(to: Self.rgb(ofPaletteIndex: index)), needsBold: false)
        case let .rgb(red, green, blue):
            return Resolved(index: nearest(to: (Int(red), Int(green), Int(blue))), needsBold: false)
        }
    }

    /// The closest colour the terminal has, by distance in RGB: on a 256-colour terminal among the
    /// colour cube and grey ramp, which unlike the 16 basic colours users rarely redefine; otherwise
    /// among the basic colours.
    func nearest(to target: (Int, Int, Int)) -> Int {
        let candidates = colorCount >= 256 ? 16..<256 : 0..<min(colorCount, 16)
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let (red, green, blue) = Self.rgb(ofPaletteIndex: index)
            let distance = (red - target.0) * (red - target.0) + (green - target.1) * (green - target.1) + (blue - target.2) * (blue - target.2)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// xterm's default 16 colours, then its 6×6×6 colour cube and 24-step grey ramp.
    static func rgb(ofPaletteIndex index: Int) -> (Int, Int, Int) {
        let basic = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        }
        let grey = 8 + 10 * (min(index, 255) - 232)
        return (grey, grey, grey)
    }
}
