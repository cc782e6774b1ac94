/// Finds inferred document dates that lie far from the other dates of their folder: a folder of
/// news from one year does not hold an article written decades earlier unless the article says so
/// in a dateline or front matter, so an inference that far out is more likely an event it reports.
public enum FolderDating {
    /// Fewer dated documents than this say too little about a folder to judge any of them.
    static let minimumDatedDocuments = 5
    /// The least distance from the folder's median year that is always allowed, so that a folder of
    /// one year still admits its neighbours (an article of early January reporting December's news).
    static let marginYears = 1
    /// A folder of one period: its year, and a year either side.
    static let periodYears = 3
    /// A folder whose densest `periodYears` hold at least this share of its dated documents is of
    /// one period. An inferred date is only a lower bound (the latest event the text reports), so
    /// a folder's inferences straggle back in time, and its median and quartiles with them; the
    /// densest window is where most texts agree. Half is a plain majority.
    static let periodShare = 0.5

    /// A document's date as the outlier test sees it.
    public struct Dated: Sendable {
        public var path: String
        public var year: Int
        /// Whether the date was inferred from the text, the only kind this test may overrule.
        public var isInferred: Bool

        public init(path: String, year: Int, isInferred: Bool) {
            self.path = path
            self.year = year
            self.isInferred = isInferred
        }
    }

    /// The paths of inferred dates outside their folder's period: in a folder of one period (see
    /// `periodShare`), outside its densest `periodYears`; in any other, further from the median
    /// year than the interquartile range (or `marginYears`, if more), so that a folder spanning
    /// decades admits them all.
    public static func outliers(_ documents: [Dated]) -> Set<String> {
        var outliers = Set<String>()
        for folder in Dictionary(grouping: documents, by: { folder(of: $0.path) }).values where folder.count >= minimumDatedDocuments {
            let years = folder.map(\.year).sorted()
            let allowed = period(of: years) ?? fences(of: years)
            for document in folder where document.isInferred && !allowed.contains(document.year) {
                outliers.insert(document.path)
            }
        }
        return outliers
    }

    /// The densest `periodYears` of sorted years, when they hold a `periodShare` of them.
    static func period(of years: [Int]) -> ClosedRange<Int>? {
        var best: (first: Int, count: Int)?
        var lower = 0
        for (upper, year) in years.enumerated() {
            while years[lower] <= year - periodYears { lower += 1 }
            let count = upper - lower + 1
            // On a tie the later window wins: inferences straggle back, never forward.
            if count >= best?.count ?? 0 { best = (years[lower], count) }
        }
        guard let best, Double(best.count) >= periodShare * Double(years.count) else { return nil }
        // Centre the window on the densest span found, which may be narrower than the window.
        let last = years.last { $0 < best.first + periodYears } ?? best.first
        let slack = periodYears - 1 - (last - best.first)
        return (best.first - slack / 2)...(last + (slack - slack / 2))
    }

    /// The median year of sorted years, give or take their interquartile range or `marginYears`.
    static func fences(of years: [Int]) -> ClosedRange<Int> {
        let median = years[years.count / 2], spread = years[(years.count * 3) / 4] - years[years.count / 4]
        let reach = max(marginYears, spread)
        return (median - reach)...(median + reach)
    }

    /// The folder part of a corpus-relative path; "" for the corpus root.
    static func folder(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash]
    }
}
