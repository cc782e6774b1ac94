import ArgumentParser
import DossierIndex
import Foundation

/// `dossier index DIR`: brings the index up to date, phase by phase, and prints what it holds.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index a folder and print counts.",
        discussion: """
            Indexing runs in phases (text, entities, dates, claims), each committed in batches: a build \
            that is interrupted goes on where it stopped the next time. Progress goes to standard error.
            """
    )

    @Argument(help: ArgumentHelp("The folder of documents.", valueName: "DIR"))
    var directory: String?

    @OptionGroup var options: CorpusOptions

    @Flag(help: "Throw the index away and build it from scratch.")
    var rebuild = false

    func run() throws {
        let started = Date()
        let opened = try options.synchronize(folder: directory, rebuilding: rebuild)
        let corpus = opened.corpus
        let statistics = try corpus.statistics()
        let counts = try corpus.contentCounts()
        let report = opened.report
        let seconds = Date().timeIntervalSince(started)
        print("\(corpus.root.path): \(statistics.documents) documents, \(statistics.paragraphs) paragraphs, "
            + "\(statistics.sentences) sentences, \(statistics.words) words")
        print("found: \(counts.mentions) mentions of \(counts.entities) entities, \(counts.dates) dates, "
            + "\(counts.claims) claims, \(counts.links) cross-references")
        print("this run: \(report.added) added, \(report.updated) updated, \(report.removed) removed, "
            + "\(report.unchanged) unchanged, \(report.skipped.count) skipped, \(report.read) read, in \(String(format: "%.2f", seconds)) s")
        print("phases this run: " + IndexPhase.allCases.map { "\($0.name) \(report.completed[$0] ?? 0)" }.joined(separator: ", ") + " documents")
        print("index: \(corpus.store.location.path)")
        for skipped in report.skipped { print(OutputLine.fields("left out", skipped.path, skipped.reason)) }
        if opened.isIndexFull { throw ExitCode.failure }
    }
}
