import ArgumentParser

/// The `dossier` command: browse a folder of documents, or query its index from scripts.
@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Explore a folder of documents in the terminal.",
        discussion: "Run `dossier DIR` to browse a folder; without DIR it opens ./seeds when that exists.",
        version: "0.1.0",
        subcommands: [BrowseCommand.self, IndexCommand.self, DocsCommand.self, ShowCommand.self, SearchCommand.self, EntitiesCommand.self,
                      MentionsCommand.self, CrossReferencesCommand.self, TimelineCommand.self, ExportCommand.self, SkippedCommand.self, BenchCommand.self, EvaluateEntitiesCommand.self, EvaluateTimexCommand.self,
                      EvaluateCrossReferencesCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
