import ArgumentParser
import DossierIndex
import Foundation

/// `dossier search QUERY`: the explorer's search, for scripts and quick looks.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the sentences of a corpus.",
        discussion: """
            Words must all match; "exact phrase"; prefix*; -excluded; a OR b; (groups); doc:NAME.
            Exits with status 1 when nothing matches, as grep does.
            """
    )

    /// The query's words; a query may begin with `-` ("-Iran Russia"), so words the options do not
    /// claim are the query's, whatever they look like.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The query (it may begin with -).", valueName: "query"))
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    func validate() throws {
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("give a query, such as: dossier search \"Iran Russia\"") }
        // A mistyped option would otherwise be searched for; no query word begins with two dashes.
        if let option = words.first(where: { $0.hasPrefix("--") }) {
            throw ValidationError("unknown option '\(option)'; see dossier search --help")
        }
    }

    @OptionGroup var options: CorpusOptions

    @Option(help: "Show at most this many hits.")
    var limit = 20

    @Flag(help: "Print a JSON array of {doc, title, sentence, start, end, score}, best first.")
    var json = false

    /// One hit as `--json` prints it.
    struct Entry: Encodable {
        var doc: String
        var title: String
        var sentence: String
        var start: Int
        var end: Int
        var score: Double
    }

    func run() throws {
        let parsed = QueryParser.parse(query)
        let corpus = try options.openForQuery(needing: parsed.neededPhase)
        var engine = try SearchEngine(corpus: corpus)
        engine.resultLimit = max(1, limit)
        let results = try engine.search(parsed)
        results.notes.forEach { StandardError.write("note: \($0)") }
        if json {
            print(try JSONOutput.string(results.hits.map {
                Entry(doc: $0.documentPath, title: $0.documentTitle, sentence: $0.text, start: $0.originalRange.lowerBound,
                      end: $0.originalRange.upperBound, score: ($0.score * 1000).rounded() / 1000)
            }))
        } else {
            printReadable(results)
        }
        if results.hits.isEmpty { throw ExitCode(1) }
    }

    private func printReadable(_ results: SearchResults) {
        let emphasis = TerminalEmphasis.forStandardOutput()
        let highlighter = QueryHighlighter(query: results.query)
        for hit in results.hits {
            print(emphasis.dim("\(OutputLine.text(hit.documentPath))  \(OutputLine.text(hit.documentTitle))"))
            print("  " + emphasis.highlight(hit.text, ranges: emphasis.enabled ? highlighter.ranges(in: hit.text) : []))
        }
        let total = results.isTotalCapped ? "\(results.totalHits.formatted())+" : results.totalHits.formatted()
        StandardError.write("\(total) matching sentence\(results.totalHits == 1 ? "" : "s") in \(results.documentCount) document\(results.documentCount == 1 ? "" : "s")")
    }
}
