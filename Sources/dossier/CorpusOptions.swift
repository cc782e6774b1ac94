import ArgumentParser
import DossierIndex
import Foundation

/// The options every command that reads a corpus shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of documents (default: ./seeds when it exists, else .).", valueName: "DIR"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("Where to keep the index (default: one file per corpus in $XDG_CACHE_HOME/dossier).", valueName: "PATH"))
    var index: String?

    @Flag(name: .long, help: "Print nothing about indexing progress.")
    var quiet = false

    /// Opens the corpus, bringing its index up to date, and prints any notices on standard error.
    func open(folder: String? = nil) throws -> CorpusOpener.Opened {
        let root = URL(fileURLWithPath: folder ?? corpus ?? Self.defaultFolder)
        let opener = CorpusOpener(root: root, indexURL: index.map { URL(fileURLWithPath: $0) })
        let progress = ProgressLine(enabled: !quiet)
        let opened = try opener.open { done, total in progress.update(done: done, total: total) }
        progress.finish()
        if !quiet { opened.notices.forEach { StandardError.write($0) } }
        return opened
    }

    /// `./seeds` when it exists, otherwise the current folder.
    static var defaultFolder: String {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDirectory) && isDirectory.boolValue ? "seeds" : "."
    }
}
