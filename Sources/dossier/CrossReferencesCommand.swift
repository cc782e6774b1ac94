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

    @Flag(name: .long, help: "Print a JSON array of {relation, confidence, a, b, values}, each side with its frame's slots and copies.")
    var json = false

    @Flag(name: .long, help: "Also list the links under the confidence floor.")
    var all = false

    /// One side of a cross-reference as `xrefs --json` prints it: the sentence, its document's
    /// date, the words of each slot of the frame that decided the link, and the copies.
    struct Side: Encodable {
        var doc: String
        var date: String?
        var sentence: String
        var start: Int
        var end: Int
        var frame: [String: String]
        var copies: [String]

        init(_ reference: SentenceReference, frame: ClaimFrame?, copies: [String]) {
            doc = reference.documentPath
            date = reference.documentDate
            sentence = reference.text
            start = reference.originalRange.lowerBound
            end = reference.originalRange.upperBound
            self.copies = copies
            let scalars = Array(reference.text.unicodeScalars)
            var slots: [String: String] = [:]
            for slot in frame?.slots ?? [] where slot.range.upperBound <= scalars.count {
                slots[slot.name] = String(String.UnicodeScalarView(scalars[slot.range]))
            }
            if let frame {
                slots["kind"] = frame.kind.rawValue
                slots["modality"] = frame.modality.rawValue + (frame.isNegated ? ", negated" : "")
                if let event = frame.event { slots["event_kind"] = event.rawValue }
                if frame.kind == .quantity { slots["value_kind"] = frame.isChange ? "change" : "level" }
                if let period = frame.period { slots["period_value"] = period.value }
            }
            self.frame = slots
        }
    }

    /// One cross-reference as `xrefs --json` prints it.
    struct Entry: Encodable {
        var relation: String
        var confidence: Double
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
        let references = try corpus.crossReferences(inDocument: document?.id, relation: wanted, includingHidden: all)
        if json {
            print(try JSONOutput.string(references.map {
                Entry(relation: $0.relation.rawValue, confidence: ($0.score * 1000).rounded() / 1000,
                      a: Side($0.here, frame: $0.hereFrame, copies: $0.hereCopies), b: Side($0.there, frame: $0.thereFrame, copies: $0.thereCopies),
                      values: ["a": $0.hereValues, "b": $0.thereValues])
            }))
        } else {
            for reference in references {
                let values = reference.hereValues.isEmpty ? "" : "  [\(reference.hereValues.joined(separator: ", ")) | \(reference.thereValues.joined(separator: ", "))]"
                print("\(reference.relation.rawValue)  \(String(format: "%.2f", reference.score))\(values)")
                print("  \(OutputLine.text(reference.here.documentPath)): \(reference.here.text)")
                print("  \(OutputLine.text(reference.there.documentPath)): \(reference.there.text)")
            }
        }
    }
}
