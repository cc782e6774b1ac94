/// Events counted per year, or per decade or century when the years would not fit the width,
/// drawn as one row of bars.
public struct TimelineChart: Sendable, Equatable {
    private static let levels: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Years per bar: 1, 10 or 100.
    public let yearsPerBar: Int
    /// The first year of the first bar.
    public let firstYear: Int
    public let counts: [Int]
    /// Columns per bar, a gap included when there is room for one.
    public let barWidth: Int

    /// Counts `years` (one per event) into bars that fit `width` columns; nil when there is nothing to chart.
    public init?(years: [Int], width: Int) {
        guard let earliest = years.min(), let latest = years.max(), width > 0 else { return nil }
        let step = [1, 10, 100, 1000].first { (Self.floor(latest, $0) - Self.floor(earliest, $0)) / $0 + 1 <= width } ?? 1000
        yearsPerBar = step
        firstYear = Self.floor(earliest, step)
        var counts = Array(repeating: 0, count: (Self.floor(latest, step) - firstYear) / step + 1)
        for year in years { counts[(Self.floor(year, step) - firstYear) / step] += 1 }
        self.counts = counts
        barWidth = max(1, min(3, width / counts.count))
    }

    /// The bar that holds `year`.
    public func bar(ofYear year: Int) -> Int {
        min(max(0, (Self.floor(year, yearsPerBar) - firstYear) / yearsPerBar), counts.count - 1)
    }

    /// The bars as text: taller for more events, any bar with events at least one eighth high.
    public var bars: String {
        let highest = max(1, counts.max() ?? 1)
        return counts.map { count in
            let level = count == 0 ? 0 : max(1, (count * 8 + highest - 1) / highest)
            let glyph = String(Self.levels[level])
            return String(repeating: glyph, count: barWidth > 1 ? barWidth - 1 : 1) + (barWidth > 1 ? " " : "")
        }.joined()
    }

    /// How a bar's years read: "2020", "1990s", "1500s".
    public func label(ofBar bar: Int) -> String {
        let year = firstYear + bar * yearsPerBar
        return yearsPerBar == 1 ? String(year) : "\(year)s"
    }

    /// The year at or below `year` that starts a bar of `step` years, also for years before 0.
    private static func floor(_ year: Int, _ step: Int) -> Int {
        year >= 0 ? year / step * step : -((-year + step - 1) / step * step)
    }
}
