import Foundation

/// Gathers a corpus's documents, entities, timeline, cross-references and notes into a
/// ``CorpusExport`` and writes it as Markdown, JSON or CSV; `dossier export` and the explorer share it.
public struct CorpusExporter: Sendable {
    public let corpus: Corpus
    public let notes: NoteStore

    public init(corpus: Corpus, notes: NoteStore? = nil) {
        self.corpus = corpus
        self.notes = notes ?? NoteStore(corpusRoot: corpus.root)
    }

    /// The export as text in `format`, and warnings for the user (notes that could not be read).
    public func export(as format: ExportFormat) throws -> (text: String, warnings: [String]) {
        let (export, warnings) = try collect()
        return (try Self.render(export, as: format), warnings)
    }

    /// Writes the export to `url`, replacing the file atomically, and returns the warnings.
    public func write(as format: ExportFormat, to url: URL) throws -> [String] {
        let (text, warnings) = try export(as: format)
        try Data(text.utf8).write(to: url, options: .atomic)
        return warnings
    }

    public static func render(_ export: CorpusExport, as format: ExportFormat) throws -> String {
        switch format {
        case .markdown: return MarkdownBriefing.render(export)
        case .csv: return CSVTable.render(export)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            return String(decoding: try encoder.encode(export), as: UTF8.self) + "\n"
        }
    }

    /// Everything from the index and the notes file; unreadable notes leave the notes out with a warning.
    public func collect() throws -> (CorpusExport, warnings: [String]) {
        var warnings: [String] = []
        let placed: [PlacedNote]
        do {
            placed = try corpus.place(try notes.load().filter { !$0.isDeleted })
        } catch let error as NoteStoreError {
            warnings.append("Notes left out: \(error)")
            placed = []
        }
        let name = corpus.root.lastPathComponent
        let export = CorpusExport(corpus: name.isEmpty ? corpus.root.path : name, documents: try documents(), entities: try entities(),
                                  timeline: try corpus.timeline().map(Self.event),
                                  crossReferences: try corpus.crossReferences().sorted(by: Corpus.isShownBefore).map(Self.crossReference),
                                  notes: placed.map(Self.note))
        return (export, warnings)
    }

    private func documents() throws -> [CorpusExport.Document] {
        try corpus.documents().map {
            CorpusExport.Document(doc: $0.path, title: $0.title, date: $0.date, dateInferred: $0.dateInferred, words: $0.wordCount)
        }
    }

    private func entities() throws -> [CorpusExport.Entity] {
        let firstMentions = try corpus.firstMentions()
        return try corpus.entities().map { entity in
            CorpusExport.Entity(name: entity.name, type: entity.type.rawValue, aliases: try corpus.aliases(of: entity.id), mentions: entity.mentions,
                                documents: entity.documents, firstMention: firstMentions[entity.id].map(Self.citation))
        }
    }

    private static func citation(_ sentence: SentenceReference) -> CorpusExport.Citation {
        CorpusExport.Citation(doc: sentence.documentPath, title: sentence.documentTitle, date: sentence.documentDate, sentence: sentence.text)
    }

    private static func event(_ event: TimelineEvent) -> CorpusExport.Event {
        CorpusExport.Event(date: event.display, value: event.value.value, mod: event.value.modifier?.rawValue, endValue: event.endValue,
                           text: event.text, source: citation(event.sentence))
    }

    private static func crossReference(_ reference: CrossReference) -> CorpusExport.CrossReference {
        CorpusExport.CrossReference(relation: reference.relation.rawValue, score: (reference.score * 1000).rounded() / 1000,
                                    a: citation(reference.here), b: citation(reference.there), aValues: reference.hereValues, bValues: reference.thereValues)
    }

    /// An orphaned note quotes the sentence as it was bookmarked.
    private static func note(_ placed: PlacedNote) -> CorpusExport.Note {
        let source = placed.sentence.map(citation)
            ?? CorpusExport.Citation(doc: placed.note.document, title: placed.document?.title, date: placed.document?.date, sentence: placed.note.sentence)
        return CorpusExport.Note(note: placed.note.text, orphaned: placed.isOrphaned, created: placed.note.created, source: source)
    }
}
