import ArgumentParser
import DossierIndex
import Foundation

/// `dossier eval-xrefs`: scores cross-references against judged pairs of sentences.
struct EvaluateCrossReferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-xrefs",
        abstract: "Score cross-references against judged claim pairs.",
        discussion: "The gold file is Tests/Evaluation/xrefs/dev.json or one like it (see the README there); the corpus is indexed first if needed."
    )

    @Option(help: ArgumentHelp("The judged pairs (JSON).", valueName: "FILE"))
    var gold: String

    @OptionGroup var options: CorpusOptions

    @Flag(help: "List every judged pair the links got wrong.")
    var verbose = false

    @Flag(help: "Count the links under the confidence floor too.")
    var all = false

    func run() throws {
        let pairs = try JSONDecoder().decode(CrossReferenceEvaluation.GoldFile.self, from: Data(contentsOf: URL(fileURLWithPath: gold))).pairs
        guard !pairs.isEmpty else { throw ValidationError("no judged pairs in \(gold)") }
        let corpus = try options.openForQuery(needing: .claims)
        let evaluation = CrossReferenceEvaluation(gold: pairs, links: try corpus.linkSpans(includingHidden: all))
        print("\(pairs.count) judged pairs")
        print(evaluation.summary)
        if verbose { for line in evaluation.mistakes { print("  \(line)") } }
    }
}
