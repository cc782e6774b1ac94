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

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text) instead of clicks and the wheel.")
    var noMouse = false

    func run() throws {
        let opened = try options.open(folder: directory)
        let (theme, themeNotice) = ThemeChoice.resolve()
        let (keymap, keyProblems) = UserConfigFile.text().map {
            KeyBindingsFile(text: $0, file: UserConfigFile.url().path).apply(to: .standard)
        } ?? (.standard, [])
        let explorer = try Explorer(corpus: opened.corpus, theme: theme, keymap: keymap,
                                    notices: opened.notices + [themeNotice].compactMap { $0 } + keyProblems,
                                    history: SearchHistoryFile.standard(for: opened.corpus.root), mouse: !noMouse)
        try explorer.run()
        if let signal = explorer.endingSignal { throw ExitCode(128 + signal) }
    }
}
