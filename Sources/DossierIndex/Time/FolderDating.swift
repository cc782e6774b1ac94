/// Finds inferred document dates that lie far from the other dates of their folder: a folder of
/// news from one year does not hold an article written decades earlier unless the article says so
/// in a dateline or front matter, so an inference that far out is more likely an event it reports.
public enum FolderDating {
    /// Fewer dated documents than this say too little about a folder to judge any of them.
    static let minimumDatedDocuments = 5
    /// The least distance from the folder's median year that is always allowed, so that a folder of
    /// one year still admits its neighbours (an article of early January reporting December's news).
    static let marginYears = 1

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

    /// The paths of inferred dates further from their folder's median year than its dated
    /// documents' interquartile range (or `marginYears`, if more): a folder of one year's news
    /// admits that year and the next and last, a folder spanning decades admits them all.
    public static func outliers(_ documents: [Dated]) -> Set<String> {
        var outliers = Set<String>()
        for folder in Dictionary(grouping: documents, by: { folder(of: $0.path) }).values where folder.count >= minimumDatedDocuments {
            let years = folder.map(\.year).sorted()
            let median = years[years.count / 2], spread = years[(years.count * 3) / 4] - years[years.count / 4]
            let reach = max(marginYears, spread)
            let fences = (median - reach)...(median + reach)
            for document in folder where document.isInferred && !fences.contains(document.year) {
                outliers.insert(document.path)
            }
        }
        return outliers
    }

    /// The folder part of a corpus-relative path; "" for the corpus root.
    static func folder(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash]
    }
}
