import ArgumentParser
import DossierIndex
import Foundation

/// `dossier xrefs`: claims in different documents that agree, conflict or are related.
struct CrossReferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xrefs",
        abstract: "List cross-references between claims in different documents, best first."
    )

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Only cross-references with a claim in this document.", valueName: "DOC"))
    var doc: String?

    @Option(name: .long, help: ArgumentHelp("Only this relation: agree, conflict or related.", valueName: "RELATION"))
    var relation: String?

    @Flag(name: .long, help: "Print a JSON array of {relation, score, a, b, values}.")
    var json = false

    /// One side of a cross-reference as `xrefs --json` prints it.
    struct Side: Encodable {
        var doc: String
        var sentence: String
        var start: Int
        var end: Int

        init(_ reference: SentenceReference) {
            doc = reference.documentPath
            sentence = reference.text
            start = reference.originalRange.lowerBound
            end = reference.originalRange.upperBound
        }
    }

    /// One cross-reference as `xrefs --json` prints it.
    struct Entry: Encodable {
        var relation: String
        var score: Double
        var a: Side
        var b: Side
        var values: [String: [String]]
    }

    func run() throws {
        let wanted = try relation.map { name in
            guard let relation = ClaimRelation(rawValue: name.lowercased()) else {
                throw ValidationError("unknown relation '\(name)'; use agree, conflict or related")
            }
            return relation
        }
        let corpus = try options.openForQuery(needing: .claims)
        let document = try doc.map(corpus.requireDocument)
        let references = try corpus.crossReferences(inDocument: document?.id, relation: wanted)
        if json {
            print(try JSONOutput.string(references.map {
                Entry(relation: $0.relation.rawValue, score: ($0.score * 1000).rounded() / 1000, a: Side($0.here), b: Side($0.there),
                      values: ["a": $0.hereValues, "b": $0.thereValues])
            }))
        } else {
            for reference in references {
                let values = reference.hereValues.isEmpty ? "" : "  [\(reference.hereValues.joined(separator: ", ")) | \(reference.thereValues.joined(separator: ", "))]"
                print("\(reference.relation.rawValue)  \(String(format: "%.2f", reference.score))\(values)")
                print("  \(reference.here.documentPath): \(reference.here.text)")
                print("  \(reference.there.documentPath): \(reference.there.text)")
            }
        }
    }
}
