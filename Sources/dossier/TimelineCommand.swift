import ArgumentParser
import DossierIndex
import Foundation

/// `dossier timeline`: the dates the documents mention, in time order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the dates the documents mention, earliest first, with their TIMEX3 values."
    )

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Only this document (path, file name, or part of its path or title).", valueName: "DOC"))
    var doc: String?

    @Option(name: .long, help: ArgumentHelp("Only sentences that name this entity.", valueName: "NAME"))
    var entity: String?

    @Option(name: .long, help: ArgumentHelp("Only dates that overlap this one or later (2023, 2023-10, 2023-10-07).", valueName: "DATE"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only dates that overlap this one or earlier.", valueName: "DATE"))
    var to: String?

    @Flag(name: .long, help: "Print a JSON array of {value, mod, end_value, text, doc, sentence, start, end, anchored}.")
    var json = false

    /// One event as `timeline --json` prints it.
    struct Entry: Encodable {
        var value: String
        @NullWhenAbsent var mod: String?
        @NullWhenAbsent var endValue: String?
        var text: String
        var doc: String
        var sentence: String
        var start: Int
        var end: Int
        var anchored: Bool

        enum CodingKeys: String, CodingKey {
            case value, mod, text, doc, sentence, start, end, anchored
            case endValue = "end_value"
        }

        init(_ event: TimelineEvent) {
            value = event.value.value
            mod = event.value.modifier?.rawValue
            endValue = event.endValue
            text = event.text
            doc = event.sentence.documentPath
            sentence = event.sentence.text
            start = event.originalRange.lowerBound
            end = event.originalRange.upperBound
            anchored = event.isAnchored
        }
    }

    func run() throws {
        let corpus = try options.openForQuery(needing: .dates)
        let filter = TimelineFilter(documentID: try doc.map(corpus.requireDocument).map(\.id), entityID: try entity.map { try requireEntity($0, in: corpus) },
                                    days: try days())
        let events = try corpus.timeline(filter)
        if json {
            print(try JSONOutput.string(events.map(Entry.init)))
        } else {
            for event in events {
                print(OutputLine.fields(event.display, event.sentence.documentPath, event.sentence.text))
            }
        }
    }

    private func requireEntity(_ name: String, in corpus: Corpus) throws -> Int64 {
        guard let entity = try corpus.entities(matching: name).first else {
            throw ValidationError("no entity matches '\(name)'; `dossier entities` lists them")
        }
        return entity.id
    }

    private func days() throws -> ClosedRange<Int>? {
        guard from != nil || to != nil else { return nil }
        let first = try from.map { try Self.date($0, option: "--from").firstDay } ?? Int.min
        let last = try to.map { try Self.date($0, option: "--to").lastDay } ?? Int.max
        guard first <= last else { throw ValidationError("--from \(from ?? "") is after --to \(to ?? "")") }
        return first...last
    }

    private static func date(_ text: String, option: String) throws -> TimexValue {
        guard let value = DateSpan.date(text) else {
            throw ValidationError("\(option) \(text) is not a date; write it as 2023, 2023-10 or 2023-10-07")
        }
        return value
    }
}
