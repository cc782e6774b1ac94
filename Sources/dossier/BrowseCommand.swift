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

    @Option(name: .long, help: ArgumentHelp("The colour theme (default: theme in config.toml, else mono when NO_COLOR is set, else default).",
                                            valueName: "NAME"))
    var theme: String?

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let opened = try options.open(folder: directory)
        var notices = opened.notices
        var configuration = UserConfiguration()
        do {
            configuration = try UserConfiguration.load()
        } catch {
            notices.append("\(error)")
        }
        let environment = ProcessInfo.processInfo.environment
        let themeName = ThemeChoice.startingName(option: theme, configured: configuration.theme, environment: environment)
        let explorer = try Explorer(corpus: opened.corpus, themes: ThemeLoader(catalog: .standard(environment: environment)), themeName: themeName,
                                    notices: notices, history: SearchHistoryFile.standard(for: opened.corpus.root))
        try explorer.run()
        if let signal = explorer.endingSignal { throw ExitCode(128 + signal) }
    }
}
