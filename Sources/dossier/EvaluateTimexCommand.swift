import ArgumentParser
import DossierIndex
import Foundation

/// `dossier eval-timex`: scores the temporal tagger against annotated documents.
struct EvaluateTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-timex",
        abstract: "Score temporal expression tagging against annotated documents.",
        discussion: """
            Each NAME.json in the gold folder annotates NAME.txt beside it (see Tests/Evaluation/timex/GUIDELINES.md). \
            Documents are valued against their front matter date, or the date inferred from their text.
            """
    )

    @Option(help: ArgumentHelp("The folder of annotated documents.", valueName: "DIR"))
    var gold: String

    @Flag(help: "List every missed, spurious and wrongly valued expression.")
    var verbose = false

    func run() throws {
        let folder = URL(fileURLWithPath: gold)
        let files = try FileManager.default.contentsOfDirectory(atPath: gold).filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no annotation files in \(gold)") }
        var evaluation = TimexEvaluation()
        for file in files {
            let annotation = try JSONDecoder().decode(TimexAnnotation.Document.self, from: Data(contentsOf: folder.appendingPathComponent(file)))
            let document = try DocumentLoader().load(contentsOf: folder.appendingPathComponent(annotation.doc)).get()
            let documentDate = document.metadata.date ?? DocumentDateInference.date(of: document)
            let system = TimexAnnotation.tagging(document, documentDate: documentDate)
            evaluation.add(system: system, gold: annotation.timexes)
            if verbose { report(annotation, system) }
        }
        print(TimexScoreTable(evaluation: evaluation, documents: files.count).text)
    }

    private func report(_ annotation: TimexAnnotation.Document, _ system: [TimexAnnotation]) {
        print("== \(annotation.doc)")
        for expected in annotation.timexes {
            let overlapping = system.filter { $0.start < expected.end && expected.start < $0.end }
            if overlapping.isEmpty {
                print("  - missed   \(describe(expected))")
            } else if !overlapping.contains(where: { $0.value == expected.value && $0.mod == expected.mod }) {
                print("  ≠ value    \(describe(expected))  tagged \(overlapping.map(describe).joined(separator: "; "))")
            } else if !overlapping.contains(where: { $0.start == expected.start && $0.end == expected.end }) {
                print("  ~ extent   \(describe(expected))  tagged \(overlapping.map(describe).joined(separator: "; "))")
            }
        }
        for found in system where !annotation.timexes.contains(where: { $0.start < found.end && found.start < $0.end }) {
            print("  + spurious \(describe(found))")
        }
    }

    private func describe(_ expression: TimexAnnotation) -> String {
        var text = "\(expression.start)-\(expression.end) \"\(expression.text)\" \(expression.value)"
        if let mod = expression.mod { text += " \(mod.rawValue)" }
        if let end = expression.endValue { text += " to \(end)" }
        return text
    }
}
