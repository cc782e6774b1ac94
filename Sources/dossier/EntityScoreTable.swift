import DossierIndex
import Foundation

/// An entity evaluation as a small table of precision, recall and F1.
struct EntityScoreTable {
    let evaluation: EntityEvaluation
    let documents: Int

    var text: String {
        var rows = [("mentions, exact span and type", evaluation.typedSpans), ("mentions, exact span", evaluation.spans),
                    ("(document, entity, type)", evaluation.entities)]
        rows += EntityType.allCases.map { ("  \($0.rawValue)", evaluation.byType[$0] ?? EntityEvaluation.Score()) }
        var lines = ["\(documents) documents" + String(repeating: " ", count: 24) + "precision  recall     F1   gold"]
        for (label, score) in rows {
            lines.append(label.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%9.3f %7.3f %6.3f %6d", score.precision, score.recall, score.f1, score.expected))
        }
        lines.append(String(format: "mean per document: precision %.3f, recall %.3f", evaluation.meanDocumentPrecision, evaluation.meanDocumentRecall))
        return lines.joined(separator: "\n")
    }
}
