/// A stretch of text drawn in one style; a line made of several runs mixes styles.
public struct StyledRun: Sendable, Equatable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// Splits `text` into runs: `marked` ranges (scalar offsets) in `markStyle`, `emphasized` ones in
    /// `emphasisStyle`, the rest in `base`. Later lists win where ranges overlap.
    public static func runs(_ text: String, base: Style, marked: [Range<Int>], markStyle: Style,
                            emphasized: [Range<Int>] = [], emphasisStyle: Style? = nil) -> [StyledRun] {
        runs(text, base: base, layers: [(marked, markStyle), (emphasized, emphasisStyle ?? markStyle)])
    }

    /// Splits `text` into runs, each layer's ranges (scalar offsets) in its style and the rest in
    /// `base`; later layers win where ranges overlap.
    public static func runs(_ text: String, base: Style, layers: [(ranges: [Range<Int>], style: Style)]) -> [StyledRun] {
        let scalars = Array(text.unicodeScalars)
        var styles = Array(repeating: base, count: scalars.count)
        for (ranges, style) in layers {
            for range in ranges {
                for index in max(0, range.lowerBound)..<min(scalars.count, max(range.lowerBound, range.upperBound)) { styles[index] = style }
            }
        }
        var runs: [StyledRun] = []
        var start = 0
        for index in 1...max(1, scalars.count) where index == scalars.count || styles[index] != styles[start] {
            guard start < scalars.count else { break }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<index])
            runs.append(StyledRun(String(piece), style: styles[start]))
            start = index
        }
        return runs
    }
}

extension Buffer {
    /// Writes runs one after another from column `x`, clipped to `limit` columns in all.
    @discardableResult
    public mutating func write(_ runs: [StyledRun], x: Int, y: Int, limit: Int? = nil) -> Int {
        var used = 0
        for run in runs {
            let remaining = limit.map { $0 - used }
            if let remaining, remaining <= 0 { break }
            used += write(run.text, x: x + used, y: y, style: run.style, limit: remaining)
        }
        return used
    }
}
