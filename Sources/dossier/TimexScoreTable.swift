import DossierIndex
import Foundation

/// A temporal tagging evaluation as a small table, with a published figure for orientation.
struct TimexScoreTable {
    let evaluation: TimexEvaluation
    let documents: Int

    var text: String {
        let rows = [("extent, strict", evaluation.strict), ("extent, relaxed (overlap)", evaluation.relaxed),
                    ("value (overlap, value and mod)", evaluation.value)]
        var lines = ["\(documents) documents" + String(repeating: " ", count: 22) + "precision  recall     F1   gold  tagged"]
        for (label, score) in rows {
            lines.append(label.padding(toLength: 32, withPad: " ", startingAt: 0)
                + String(format: "%9.3f %7.3f %6.3f %6d %7d", score.precision, score.recall, score.f1, score.expected, score.found))
        }
        lines.append(String(format: "value accuracy on overlapped gold expressions: %.3f (%d of %d)", evaluation.valueAccuracy,
                            evaluation.valueAccuracyCorrect, evaluation.valueAccuracyTotal))
        lines.append("For orientation: HeidelTime reached value F1 82.5 on held-out news (TempEval-3).")
        return lines.joined(separator: "\n")
    }
}
