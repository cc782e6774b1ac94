import ArgumentParser
import DossierIndex
import Foundation

/// `dossier eval-entities`: scores the entity recogniser against hand annotations.
struct EvaluateEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-entities",
        abstract: "Score entity extraction against annotated documents.",
        discussion: "Each JSON file in the gold folder annotates one document of the corpus (see Tests/Evaluation/entities/GUIDELINES.md)."
    )

    @Option(help: ArgumentHelp("The folder of annotation files.", valueName: "DIR"))
    var gold: String

    @Option(help: ArgumentHelp("The folder the annotated documents are in.", valueName: "DIR"))
    var corpus: String

    @Flag(help: "List every missed and every spurious mention.")
    var verbose = false

    /// One annotation file.
    struct Annotation: Decodable {
        var doc: String
        var mentions: [EntityEvaluation.Mention]
    }

    func run() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: gold).filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no annotation files in \(gold)") }
        let annotations = try files.map { try JSONDecoder().decode(Annotation.self, from: Data(contentsOf: URL(fileURLWithPath: gold).appendingPathComponent($0))) }
        let loader = DocumentLoader()
        let documents = try annotations.map { annotation in
            try loader.load(contentsOf: URL(fileURLWithPath: corpus).appendingPathComponent(annotation.doc)).get()
        }
        let system = EntityExtraction().mentions(in: documents)
        var evaluation = EntityEvaluation()
        for (annotation, found) in zip(annotations, system) {
            evaluation.add(system: found, gold: annotation.mentions)
            if verbose { report(annotation, found) }
        }
        print(EntityScoreTable(evaluation: evaluation, documents: annotations.count).text)
    }

    private func report(_ annotation: Annotation, _ found: [EntityEvaluation.Mention]) {
        let gold = Set(annotation.mentions.map { "\($0.start)-\($0.end) \($0.type.rawValue) \($0.text)" })
        let system = Set(found.map { "\($0.start)-\($0.end) \($0.type.rawValue) \($0.text)" })
        print("== \(annotation.doc)")
        for missed in gold.subtracting(system).sorted(by: NaturalOrder.areInIncreasingOrder) { print("  - \(missed)") }
        for spurious in system.subtracting(gold).sorted(by: NaturalOrder.areInIncreasingOrder) { print("  + \(spurious)") }
    }
}
