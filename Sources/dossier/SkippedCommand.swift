import ArgumentParser
import DossierIndex
import Foundation

/// `dossier skipped`: every file or folder of the corpus that is not in the index, with the reason.
struct SkippedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "skipped", abstract: "List the files and folders left out of the index, and why.")

    @OptionGroup var options: CorpusOptions

    @Flag(name: .long, help: "Print a JSON array of {path, reason} (a folder's path ends in /).")
    var json = false

    /// One file or folder as `--json` prints it.
    struct Entry: Encodable {
        var path: String
        var reason: String
    }

    func run() throws {
        let corpus = try options.openForQuery()
        // What the scan leaves out is never stored; what the index could not read is.
        let skipped = (CorpusScanner.scanReporting(corpus.root).leftOut + (try corpus.skippedFiles()))
            .sorted { NaturalOrder.areInIncreasingOrder($0.path, $1.path) }
        if json {
            print(try JSONOutput.string(skipped.map { Entry(path: $0.path, reason: $0.reason) }))
        } else {
            for entry in skipped { print(OutputLine.fields(entry.path, entry.reason)) }
        }
    }
}
