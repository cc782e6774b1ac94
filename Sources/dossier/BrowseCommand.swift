import ArgumentParser
import DossierIndex
import DossierTerminal
import DossierUI
import Foundation

/// `dossier [DIR]`: the interactive explorer.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Browse a folder of documents (the default command).")

    @Argument(help: ArgumentHelp("The folder of documents (default: ./seeds when it exists, else .).", valueName: "DIR"))
    var directory: String?

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let opened = try options.open(folder: directory)
        let (theme, themeNotice) = ThemeChoice.resolve()
        let explorer = try Explorer(corpus: opened.corpus, theme: theme, notices: opened.notices + [themeNotice].compactMap { $0 },
                                    history: SearchHistoryFile.standard(for: opened.corpus.root))
        try explorer.run()
        if let signal = explorer.endingSignal { throw ExitCode(128 + signal) }
    }
}
