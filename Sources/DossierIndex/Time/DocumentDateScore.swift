/// How Dossier's own document dates compare with the dates annotators established.
public struct DocumentDateScore: Sendable, Equatable {
    /// Documents with an annotated date.
    public var annotated = 0
    /// Documents Dossier gave no date.
    public var undated = 0
    /// Dated documents whose date covers the annotated day ("2005-02" covers 2005-02-14).
    public var covering = 0
    /// Dated documents whose date is the annotated day at the annotation's precision or finer.
    public var exact = 0

    public init() {}

    /// Dated documents whose date misses the annotated day.
    public var wrong: Int { annotated - undated - covering }

    /// Adds one document: the date Dossier found (nil for none), and the annotated day and its precision.
    public mutating func add(found: String?, annotated day: String, precision: String?) {
        annotated += 1
        guard let found, let value = TimexValue(found) else {
            undated += 1
            return
        }
        guard let gold = TimexValue(day), value.firstDay <= gold.firstDay, gold.lastDay <= value.lastDay else { return }
        covering += 1
        let goldPrecision = Self.precisions[precision ?? "day"] ?? 3
        if Self.precision(of: found) >= goldPrecision { exact += 1 }
    }

    private static let precisions = ["year": 0, "month": 1, "week": 2, "day": 3]

    /// 0 for a year, 1 for a month, 3 for a day.
    private static func precision(of value: String) -> Int {
        switch value.split(separator: "-").count {
        case 1: return 0
        case 2: return 1
        default: return 3
        }
    }
}
