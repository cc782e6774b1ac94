/// Events counted per year, or per decade or century when the years would not fit the width,
/// drawn as one row of bars. The axis covers where the events are: a few far outliers (a date
/// misread from a number, a recalled century) are counted beside it, "◂2" and "3▸", instead of
/// stretching it.
public struct TimelineChart: Sendable, Equatable {
    private static let levels: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Years further than this many interquartile ranges beyond the quartiles lie outside the
    /// axis: Tukey's "far out" fence, which a handful of stray years passes and a real spread does not.
    static let farOut = 3

    /// Years per bar: 1, 10 or 100.
    public let yearsPerBar: Int
    /// The first year of the first bar.
    public let firstYear: Int
    public let counts: [Int]
    /// Columns per bar, a gap included when there is room for one.
    public let barWidth: Int
    /// Events before the first bar and after the last, left off the axis.
    public let earlier: Int
    public let later: Int

    /// Counts `years` (one per event) into bars that fit `width` columns with the outlier marks;
    /// nil when there is nothing to chart.
    public init?(years: [Int], width: Int) {
        guard !years.isEmpty, width > 0 else { return nil }
        let sorted = years.sorted()
        let shown = Self.axis(of: sorted)
        earlier = sorted.prefix { $0 < shown.lowerBound }.count
        later = sorted.reversed().prefix { $0 > shown.upperBound }.count
        let barsWidth = max(1, width - Self.markWidth(earlier, later))
        let (earliest, latest) = (shown.lowerBound, shown.upperBound)
        let step = [1, 10, 100, 1000].first { (Self.floor(latest, $0) - Self.floor(earliest, $0)) / $0 + 1 <= barsWidth } ?? 1000
        yearsPerBar = step
        firstYear = Self.floor(earliest, step)
        var counts = Array(repeating: 0, count: (Self.floor(latest, step) - firstYear) / step + 1)
        for year in sorted where shown.contains(year) { counts[(Self.floor(year, step) - firstYear) / step] += 1 }
        self.counts = counts
        barWidth = max(1, min(3, barsWidth / counts.count))
    }

    /// The years from the first to the last event inside Tukey's far-out fences.
    static func axis(of sorted: [Int]) -> ClosedRange<Int> {
        let lower = sorted[sorted.count / 4], upper = sorted[(sorted.count * 3) / 4]
        let reach = farOut * max(1, upper - lower)
        let fences = (lower - reach)...(upper + reach)
        let inside = sorted.filter { fences.contains($0) }
        return inside.first!...inside.last!
    }

    /// "◂2 " before the bars when events lie earlier, " 3▸" after them when later.
    public var leadingMark: String { earlier > 0 ? "◂\(earlier) " : "" }
    public var trailingMark: String { later > 0 ? " \(later)▸" : "" }

    private static func markWidth(_ earlier: Int, _ later: Int) -> Int {
        (earlier > 0 ? String(earlier).count + 2 : 0) + (later > 0 ? String(later).count + 2 : 0)
    }

    /// Whether `year` lies off the axis, before it or after it.
    public func isOffAxis(_ year: Int) -> Bool {
        year < firstYear || year >= firstYear + counts.count * yearsPerBar
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
