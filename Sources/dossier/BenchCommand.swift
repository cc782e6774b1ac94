import ArgumentParser
import DossierIndex
import Foundation

/// `dossier bench`: index build speed, warm open, and search latency per keystroke.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure indexing, keystroke search latency, entity extraction, date tagging and claim linking on one or more corpora.",
        discussion: "The index is built afresh in a scratch folder, which is removed afterwards; the corpus's own index is not touched."
    )

    @Option(name: .customLong("corpus"), help: ArgumentHelp("A folder to measure; repeat for several.", valueName: "DIR"))
    var corpora: [String] = []

    @Option(help: "How many queries to type.")
    var queries = 40

    @Flag(help: "Print one JSON object per corpus.")
    var json = false

    func run() throws {
        guard let folders = corpora.isEmpty ? CorpusOptions.defaultFolder.map({ [$0] }) : corpora else {
            throw ValidationError("no folder given, and there is no ./seeds here; name one with --corpus DIR")
        }
        var reports: [BenchmarkReport] = []
        for folder in folders {
            var benchmark = CorpusBenchmark(root: URL(fileURLWithPath: folder))
            benchmark.queryCount = queries
            let report = try benchmark.run { step in if StandardError.isTerminal { StandardError.write("\u{1B}[2K\r\(step)…", terminator: "") } }
            if StandardError.isTerminal { StandardError.write("\u{1B}[2K\r", terminator: "") }
            reports.append(report)
            if json { print(try JSONOutput.line(report)) }
        }
        if !json { print(BenchTable(reports: reports).text) }
    }
}
