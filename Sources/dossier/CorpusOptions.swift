import ArgumentParser
import DossierIndex
import Foundation

/// The options every command that reads a corpus shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of documents (default: ./seeds when it exists).", valueName: "DIR"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("Where to keep the index (default: one file per corpus in $XDG_CACHE_HOME/dossier).", valueName: "PATH"))
    var index: String?

    @Flag(name: .long, help: "Print nothing about indexing progress.")
    var quiet = false

    /// Documents per committed batch in every phase; tests use small batches to stop a build between them.
    @Option(name: .customLong("batch-size"), help: .hidden)
    var batchSize: Int?

    /// The opener for `folder`, else `--corpus`, else ./seeds; with none of them there is nothing to open.
    func opener(folder: String? = nil) throws -> CorpusOpener {
        guard let path = folder ?? corpus ?? Self.defaultFolder else {
            throw ValidationError("no folder given, and there is no ./seeds here; name the folder of documents")
        }
        var opener = CorpusOpener(root: URL(fileURLWithPath: path), indexURL: index.map { URL(fileURLWithPath: $0) })
        if let batchSize { opener.batchSizes = .init(documents: max(1, batchSize)) }
        return opener
    }

    /// Opens the corpus and brings its index up to date, showing progress on standard error and
    /// then any notices.
    func synchronize(folder: String? = nil, rebuilding: Bool = false) throws -> CorpusOpener.Opened {
        let opener = try opener(folder: folder)
        let progress = SyncProgress(enabled: !quiet)
        defer { progress.finish() }
        let opened = try opener.open(rebuilding: rebuilding) { progress.handle($0) }
        progress.finish()
        if !quiet { opened.notices.forEach { StandardError.write($0) } }
        return opened
    }

    /// Opens the corpus to answer a query from its index as it is: without reading any file, it
    /// finishes the phases up to `phase` that an earlier sync left undone (or builds the index
    /// when there is none yet), and says on standard error when files changed since.
    func openForQuery(needing phase: IndexPhase = .text) throws -> Corpus {
        let opener = try opener()
        var (corpus, notices) = try opener.openIndex()
        var status = try corpus.indexStatus()
        if status.documents == 0 && !corpus.store.isBeingWritten {
            return try synchronize().corpus
        }
        if corpus.store.isBeingWritten {
            notices.append("another Dossier is indexing this corpus; answering from the index as it stands")
        } else if !status.isComplete(through: phase) || phase >= .entities {
            let progress = SyncProgress(enabled: !quiet)
            defer { progress.finish() }
            try opener.indexer(for: corpus.store, notices: &notices) { progress.handle($0) }.finishPhases(through: phase)
            status = try corpus.indexStatus()
        }
        if let unfinished = status.unfinishedPhase, unfinished <= phase {
            notices.append("the index has \(unfinished.name) for \(status.through[unfinished] ?? 0) of \(status.documents) documents so far")
        }
        if let changes = try corpus.changesSinceIndexed().summary {
            notices.append("\(changes); `dossier index` brings it up to date")
        }
        if !quiet { notices.forEach { StandardError.write("note: \($0)") } }
        return corpus
    }

    /// `./seeds` when it exists.
    static var defaultFolder: String? {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDirectory) && isDirectory.boolValue ? "seeds" : nil
    }
}
