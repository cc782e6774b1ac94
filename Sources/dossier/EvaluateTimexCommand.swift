import ArgumentParser
import DossierIndex
import Foundation

/// `dossier eval-timex`: scores the temporal tagger against annotated documents.
struct EvaluateTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-timex",
        abstract: "Score temporal expression tagging against annotated documents.",
        discussion: """
            Each NAME.json in the gold folder annotates a document: NAME.txt beside it, valued against its front matter \
            date and scored on calendar dates only (Tests/Evaluation/timex/GUIDELINES.md); or, with --corpus, the file \
            it names in that corpus, scored on every TIMEX3 type twice: against the annotated article date, and against \
            the date Dossier finds itself, whose accuracy is reported too (BBC-GUIDELINES.md).
            """
    )

    @Option(help: ArgumentHelp("The folder of annotated documents.", valueName: "DIR"))
    var gold: String

    @Option(help: ArgumentHelp("The corpus the annotated files are in, for annotations made on a corpus.", valueName: "DIR"))
    var corpus: String?

    @Flag(help: "List every missed, spurious and wrongly valued expression.")
    var verbose = false

    func run() throws {
        let folder = URL(fileURLWithPath: gold)
        let files = try FileManager.default.contentsOfDirectory(atPath: gold).filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no annotation files in \(gold)") }
        let root = corpus.map { URL(fileURLWithPath: $0) } ?? folder
        var givenDate = TimexEvaluation(), ownDate = TimexEvaluation(), dates = DocumentDateScore()
        for file in files {
            let annotation = try JSONDecoder().decode(TimexAnnotation.Document.self, from: Data(contentsOf: folder.appendingPathComponent(file)))
            let document: LoadedDocument
            do {
                document = try DocumentLoader().load(contentsOf: root.appendingPathComponent(annotation.doc)).get()
            } catch {
                throw ValidationError("\(file): cannot load \(annotation.doc) from \(root.path): \(error)")
            }
            let found = document.metadata.date ?? DocumentDateInference.date(of: document)
            let calendarOnly = corpus == nil
            let own = TimexAnnotation.tagging(document, documentDate: found, calendarOnly: calendarOnly)
            ownDate.add(system: own, gold: annotation.timexes)
            if let day = annotation.documentDate {
                dates.add(found: found, annotated: day, precision: annotation.documentDatePrecision)
                let given = TimexAnnotation.tagging(document, documentDate: day, calendarOnly: calendarOnly)
                givenDate.add(system: given, gold: annotation.timexes)
                if verbose { report(annotation, given, heading: "dated \(day), Dossier's date \(found ?? "none")") }
            } else if verbose {
                report(annotation, own, heading: "dated \(found ?? "none")")
            }
        }
        if dates.annotated > 0 {
            print("-- with the annotated article dates")
            print(TimexScoreTable(evaluation: givenDate, documents: files.count).text)
            print("-- with the dates Dossier finds itself")
            print(TimexScoreTable(evaluation: ownDate, documents: files.count).text)
            print("document dates: \(dates.annotated) annotated, \(dates.undated) undated by Dossier, \(dates.covering) covering the annotated day "
                + "(\(dates.exact) to its precision), \(dates.wrong) wrong")
        } else {
            print(TimexScoreTable(evaluation: ownDate, documents: files.count).text)
        }
    }

    private func report(_ annotation: TimexAnnotation.Document, _ system: [TimexAnnotation], heading: String) {
        print("== \(annotation.doc) (\(heading))")
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
