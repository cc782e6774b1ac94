import ArgumentParser
import DossierIndex
import DossierTerminal
import DossierUI
import Foundation

/// `dossier [DIR]`: the interactive explorer.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Browse a folder of documents (the default command).")

    @Argument(help: ArgumentHelp("The folder of documents (default: ./seeds when it exists).", valueName: "DIR"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp("The colour theme (default: theme in config.toml, else mono when NO_COLOR is set, else default).",
                                            valueName: "NAME"))
    var theme: String?

    @OptionGroup var options: CorpusOptions

    @Flag(name: .long, help: "Index a folder of more than 100,000 files or 1 GB without asking first.")
    var yes = false

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text) instead of clicks and the wheel.")
    var noMouse = false

    func run() throws {
        guard directory ?? options.corpus ?? CorpusOptions.defaultFolder != nil else {
            // Never the current folder by default: it may be a home folder of a million files.
            StandardError.write("dossier: no folder given, and there is no ./seeds here.\n\n" + Dossier.helpMessage())
            throw ExitCode(64)
        }
        let opener = try options.opener(folder: directory)
        try opener.checkFolder()
        try Terminal.requireTerminal()
        // The index as it stands is shown at once; the sync runs behind the first frame.
        let (corpus, openingNotices) = try opener.openIndex()
        var notices = openingNotices
        let indexer = opener.indexer(for: corpus.store, notices: &notices)
        var configuration = UserConfiguration()
        do {
            configuration = try UserConfiguration.load()
        } catch {
            notices.append("\(error)")
        }
        let environment = ProcessInfo.processInfo.environment
        let themeName = ThemeChoice.startingName(option: theme, configured: configuration.theme, environment: environment)
        let (keymap, keyProblems) = configuration.keys?.apply(to: .standard) ?? (.standard, [])
        let explorer = try Explorer(corpus: corpus, documents: try corpus.documents(), indexer: indexer, askBeforeLargeFolders: !yes,
                                    indexingNotices: { (try? opener.correctionNotes(for: corpus)) ?? [] },
                                    themes: ThemeLoader(catalog: .standard(environment: environment)), themeName: themeName,
                                    keymap: keymap, notices: notices + keyProblems, history: SearchHistoryFile.standard(for: corpus.root),
                                    paneSizes: .standard(environment: environment), mouse: !noMouse)
        try explorer.run()
        if let message = explorer.exitMessage { StandardError.write(message) }
        if let signal = explorer.endingSignal { throw ExitCode(128 + signal) }
    }
}
