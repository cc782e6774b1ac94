import ArgumentParser
import DossierIndex
import Foundation

/// `dossier mentions`: every place an entity is named, with offsets into the original files.
struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List where entities are mentioned, with code-point offsets into the original files."
    )

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Only this document (path, file name, or part of its path or title).", valueName: "DOC"))
    var doc: String?

    @Flag(name: .long, help: "Print a JSON array of {doc, start, end, text, type, entity}.")
    var json = false

    /// One mention as `mentions --json` prints it.
    struct Entry: Encodable {
        var doc: String
        var start: Int
        var end: Int
        var text: String
        var type: String
        var entity: String
    }

    func run() throws {
        let corpus = try options.openForQuery(needing: .entities)
        let documents = try doc.map { [try corpus.requireDocument(named: $0)] } ?? corpus.documents()
        let entries = try documents.flatMap { document in
            try corpus.mentions(inDocument: document.id).map {
                Entry(doc: $0.documentPath, start: $0.originalRange.lowerBound, end: $0.originalRange.upperBound,
                      text: $0.text, type: $0.type.rawValue, entity: $0.entityName)
            }
        }
        if json {
            print(try JSONOutput.string(entries))
        } else {
            for entry in entries {
                print(OutputLine.fields(entry.doc, "\(entry.start)-\(entry.end)", entry.type, entry.text, entry.entity))
            }
        }
    }
}
