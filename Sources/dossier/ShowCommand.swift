import ArgumentParser
import DossierIndex
import Foundation

/// `dossier show DOC`: prints a document's normalised text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a document's normalised text.")

    @Argument(help: ArgumentHelp("The document: its path in the corpus, its file name, or part of its path or title.", valueName: "DOC"))
    var document: String

    @OptionGroup var options: CorpusOptions

    @Flag(name: .long, help: "Print one sentence per line with its code-point offsets in the original file.")
    var sentences = false

    func run() throws {
        let corpus = try options.openForQuery(needing: .text)
        let summary = try corpus.requireDocument(named: document)
        if sentences {
            for sentence in try corpus.sentences(of: summary.id) {
                print("\(sentence.originalRange.lowerBound)-\(sentence.originalRange.upperBound)\t\(sentence.text)")
            }
        } else if let text = try corpus.text(of: summary.id) {
            print(text.plainText)
        }
    }
}
