import ArgumentParser
import DossierIndex
import Foundation

/// `dossier index DIR`: brings the index up to date and prints what it holds.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Index a folder and print counts.")

    @Argument(help: ArgumentHelp("The folder of documents.", valueName: "DIR"))
    var directory: String?

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let started = Date()
        let opened = try options.open(folder: directory)
        let statistics = try opened.corpus.statistics()
        let report = opened.report
        let seconds = Date().timeIntervalSince(started)
        print("\(opened.corpus.root.path): \(statistics.documents) documents, \(statistics.paragraphs) paragraphs, "
            + "\(statistics.sentences) sentences, \(statistics.words) words")
        print("this run: \(report.added) added, \(report.updated) updated, \(report.removed) removed, "
            + "\(report.unchanged) unchanged, \(report.skipped.count) skipped, \(report.read) read, in \(String(format: "%.2f", seconds)) s")
        print("index: \(opened.corpus.store.location.path)")
        for skipped in report.skipped { print(OutputLine.fields("left out", skipped.path, skipped.reason)) }
        if opened.isIndexFull { throw ExitCode.failure }
    }
}
