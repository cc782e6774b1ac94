import ArgumentParser
import DossierIndex
import Foundation

/// `dossier export`: the corpus as a briefing, for reading or for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents, entities, the timeline, cross-references and notes as Markdown, JSON or CSV.",
        discussion: "Every item cites its document, the document's date and the sentence. Notes come from DIR/.dossier/notes.json."
    )

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("md (a briefing), json (one object) or csv (one table); by default from the --out file's extension.",
                                            valueName: "FORMAT"))
    var format: ExportFormat?

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    /// The format asked for, or the one the output file's extension names.
    private var chosenFormat: ExportFormat? { format ?? out.flatMap { ExportFormat(fileName: $0) } }

    func validate() throws {
        if chosenFormat == nil { throw ValidationError("say which format to write with --format md, json or csv") }
    }

    func run() throws {
        let format = chosenFormat ?? .markdown
        let exporter = CorpusExporter(corpus: try options.openForQuery(needing: .claims))
        if let out {
            let warnings = try exporter.write(as: format, to: URL(fileURLWithPath: out))
            warnings.forEach { StandardError.write($0) }
            if !options.quiet { StandardError.write("Wrote \(out)") }
        } else {
            let (text, warnings) = try exporter.export(as: format)
            warnings.forEach { StandardError.write($0) }
            print(text, terminator: "")
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
