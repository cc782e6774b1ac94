import ArgumentParser
import DossierIndex
import Foundation

/// `dossier entities`: lists the people, organisations, places and other named things of a corpus.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the named entities of a corpus or of one document, most mentioned first.",
        discussion: "Correct them in DIR/dossier.toml under [entities.merge], [entities.rename], [entities.retype], [entities.ignore] and [entities.aliases]."
    )

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Only entities mentioned in this document (path, file name, or part of its path or title).", valueName: "DOC"))
    var doc: String?

    @Option(name: .long, help: ArgumentHelp("Only entities of this type: person, organization, place or other.", valueName: "TYPE"))
    var type: String?

    @Flag(name: .long, help: "Print a JSON array of {name, type, aliases, mentions, docs}.")
    var json = false

    /// One entity as `entities --json` prints it.
    struct Entry: Encodable {
        var name: String
        var type: String
        var aliases: [String]
        var mentions: Int
        /// Mentions per document path.
        var docs: [String: Int]
    }

    func run() throws {
        let wantedType = try type.map { name in
            guard let type = EntityType(name: name) else {
                throw ValidationError("unknown type '\(name)'; use person, organization, place or other")
            }
            return type
        }
        let corpus = try options.openForQuery(needing: .entities)
        let document = try doc.map(corpus.requireDocument)
        let paths = Dictionary(uniqueKeysWithValues: try corpus.documents().map { ($0.id, $0.path) })
        let entries = try corpus.entities(inDocument: document?.id, type: wantedType).map { entity in
            let counts = try corpus.mentionCounts(of: entity.id)
            let docs = Dictionary(counts.compactMap { id, count in paths[id].map { ($0, count) } }, uniquingKeysWith: +)
            return Entry(name: entity.name, type: entity.type.rawValue, aliases: try corpus.aliases(of: entity.id),
                         mentions: document == nil ? entity.mentions : counts.values.reduce(0, +), docs: docs)
        }
        if json {
            print(try JSONOutput.string(entries))
        } else {
            for entry in entries {
                let others = entry.aliases.filter { $0 != entry.name }.prefix(4)
                let aliasText = others.isEmpty ? "" : "\t(" + others.joined(separator: ", ") + ")"
                print("\(entry.mentions)\t\(entry.type)\t\(entry.name)\(aliasText)")
            }
        }
    }
}
