import Foundation

/// Everything an export holds, as plain data in the order a reader wants it: documents, entities,
/// the timeline, cross-references (conflicts first) and the user's notes, each item citing the
/// document, its date and the sentence. It encodes as the JSON export.
public struct CorpusExport: Sendable, Equatable, Encodable {
    /// Where an item comes from: a document, its date, and the sentence quoted.
    public struct Citation: Sendable, Equatable, Encodable {
        public var doc: String
        @NullWhenAbsent public var title: String?
        @NullWhenAbsent public var date: String?
        public var sentence: String

        enum CodingKeys: String, CodingKey {
            case doc, title, date, sentence
        }
    }

    public struct Document: Sendable, Equatable, Encodable {
        public var doc: String
        public var title: String
        public var date: String?
        public var dateInferred: Bool
        public var words: Int

        enum CodingKeys: String, CodingKey {
            case doc, title, date, words
            case dateInferred = "date_inferred"
        }
    }

    public struct Entity: Sendable, Equatable, Encodable {
        public var name: String
        public var type: String
        public var aliases: [String]
        public var mentions: Int
        public var documents: Int
        /// The first mention, in path order.
        public var firstMention: Citation?

        enum CodingKeys: String, CodingKey {
            case name, type, aliases, mentions, documents
            case firstMention = "first_mention"
        }
    }

    public struct Event: Sendable, Equatable, Encodable {
        /// How the date reads: "Oct 2020", "2018–2023".
        public var date: String
        public var value: String
        @NullWhenAbsent public var mod: String?
        @NullWhenAbsent public var endValue: String?
        /// The words that name the date.
        public var text: String
        public var source: Citation

        enum CodingKeys: String, CodingKey {
            case date, value, mod
            case endValue = "end_value"
            case text, source
        }
    }

    public struct CrossReference: Sendable, Equatable, Encodable {
        public var relation: String
        public var score: Double
        public var a: Citation
        public var b: Citation
        public var aValues: [String]
        public var bValues: [String]

        enum CodingKeys: String, CodingKey {
            case relation, score, a, b
            case aValues = "a_values"
            case bValues = "b_values"
        }
    }

    public struct Note: Sendable, Equatable, Encodable {
        /// What the user wrote; empty for a bookmark.
        public var note: String
        /// The sentence is no longer in its document; the note is kept.
        public var orphaned: Bool
        public var created: Date
        public var source: Citation
    }

    public var corpus: String
    public var documents: [Document]
    public var entities: [Entity]
    public var timeline: [Event]
    public var crossReferences: [CrossReference]
    public var notes: [Note]

    enum CodingKeys: String, CodingKey {
        case corpus, documents, entities, timeline, notes
        case crossReferences = "cross_references"
    }
}
