import Foundation

/// A bookmarked sentence and the note written on it (empty for a bare bookmark), anchored by the
/// sentence's text so that it finds its place again after the document changes.
public struct Note: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    /// The document's path relative to the corpus folder.
    public var document: String
    /// The sentence as it read when it was bookmarked.
    public var sentence: String
    /// The sentence's position in its document when it was bookmarked.
    public var ordinal: Int
    /// Code-point offsets of the sentence in the original file when it was bookmarked.
    public var start: Int
    public var end: Int
    public var text: String
    public var created: Date
    public var updated: Date
    /// When the user deleted the note; a deleted note stays in the file until the deleted notes
    /// are emptied, so that a key pressed by mistake loses nothing.
    public var deleted: Date?

    public init(id: String = UUID().uuidString, document: String, sentence: String, ordinal: Int, start: Int, end: Int, text: String = "",
                created: Date = Date()) {
        self.id = id
        self.document = document
        self.sentence = sentence
        self.ordinal = ordinal
        self.start = start
        self.end = end
        self.text = text
        self.created = Self.timestamp(created)
        self.updated = self.created
    }

    /// A moment to whole seconds, as the file keeps it, so that a note reads back equal to itself.
    public static func timestamp(_ date: Date = Date()) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    enum CodingKeys: String, CodingKey {
        case id, document, sentence, ordinal, start, end, created, updated, deleted
        case text = "note"
    }

    public var isDeleted: Bool { deleted != nil }

    /// Whether the user wrote something, rather than only marking the sentence.
    public var hasText: Bool { !text.trimmingCharacters(in: .whitespaces).isEmpty }
}
