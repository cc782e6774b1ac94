/// Scores tagged expressions against annotations, TempEval style: extents matched exactly (strict)
/// or by overlap (relaxed), and values, where a system expression counts when it overlaps a gold
/// one with the same value and modifier.
public struct TimexEvaluation: Sendable {
    /// Precision and recall counted separately, since under overlap one system expression can
    /// match a gold one that another also matches.
    public struct Score: Sendable, Equatable {
        public var correctFound = 0
        public var found = 0
        public var correctExpected = 0
        public var expected = 0

        public init() {}

        public var precision: Double { found == 0 ? 1 : Double(correctFound) / Double(found) }
        public var recall: Double { expected == 0 ? 1 : Double(correctExpected) / Double(expected) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(system: [TimexAnnotation], gold: [TimexAnnotation], matching: (TimexAnnotation, TimexAnnotation) -> Bool) {
            correctFound += system.filter { found in gold.contains { matching(found, $0) } }.count
            correctExpected += gold.filter { expected in system.contains { matching($0, expected) } }.count
            found += system.count
            expected += gold.count
        }
    }

    public var strict = Score()
    public var relaxed = Score()
    public var value = Score()
    /// Of the gold expressions the system overlapped, how many it gave the right value and modifier.
    public var valueAccuracyCorrect = 0
    public var valueAccuracyTotal = 0

    public init() {}

    public var valueAccuracy: Double { valueAccuracyTotal == 0 ? 1 : Double(valueAccuracyCorrect) / Double(valueAccuracyTotal) }

    /// Adds one document's expressions to the tallies.
    public mutating func add(system: [TimexAnnotation], gold: [TimexAnnotation]) {
        strict.add(system: system, gold: gold) { $0.start == $1.start && $0.end == $1.end }
        relaxed.add(system: system, gold: gold) { $0.overlaps($1) }
        value.add(system: system, gold: gold) { $0.overlaps($1) && $0.hasSameValue(as: $1) }
        for expected in gold {
            let overlapping = system.filter { $0.overlaps(expected) }
            guard !overlapping.isEmpty else { continue }
            valueAccuracyTotal += 1
            if overlapping.contains(where: { $0.hasSameValue(as: expected) }) { valueAccuracyCorrect += 1 }
        }
    }
}
