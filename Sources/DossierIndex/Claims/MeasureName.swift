/// A measure's name as frames store it: its qualifiers, a colon, then the measure
/// ("pre tax:profit", ":market share"). Measures block and compare by the measure; qualifiers
/// must agree for a conflict.
enum MeasureName {
    static func make(qualifiers: [String], measure: String) -> String {
        qualifiers.joined(separator: " ") + ":" + measure
    }

    /// The measure without its qualifiers: "profit" of "pre tax:profit".
    static func head(of name: String) -> String {
        name.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? name
    }

    /// The qualifiers without the measure.
    static func qualifiers(of name: String) -> [String] {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count > 1 ? parts[0].split(separator: " ").map(String.init) : []
    }
}
