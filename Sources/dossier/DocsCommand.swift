import ArgumentParser
import DossierIndex
import Foundation

/// `dossier docs`: lists the documents, as a table or as JSON.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "docs", abstract: "List the documents of a corpus.")

    @OptionGroup var options: CorpusOptions

    @Flag(name: .long, help: "Print a JSON array of {doc, title, date, date_inferred, words, sentences}.")
    var json = false

    /// One document as `docs --json` prints it.
    struct Entry: Encodable {
        var doc: String
        var title: String
        @NullWhenAbsent var date: String?
        /// The date was worked out from the text, not declared or set in dossier.toml.
        var dateInferred: Bool
        var words: Int
        var sentences: Int

        enum CodingKeys: String, CodingKey {
            case doc, title, date, words, sentences
            case dateInferred = "date_inferred"
        }
    }

    func run() throws {
        let documents = try options.openForQuery(needing: .dates).documents()
        let entries = documents.map { Entry(doc: $0.path, title: $0.title, date: $0.date, dateInferred: $0.dateInferred, words: $0.wordCount, sentences: $0.sentenceCount) }
        if json {
            print(try JSONOutput.string(entries))
        } else {
            for entry in entries {
                print(OutputLine.fields(entry.doc, entry.date.map { entry.dateInferred ? $0 + "~" : $0 } ?? "-", "\(entry.words) words", entry.title))
            }
        }
    }
}
