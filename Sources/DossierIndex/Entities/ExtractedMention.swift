/// A name found in a document: where it is, what it is, and which fuller name it stands for there.
public struct ExtractedMention: Sendable, Equatable {
    /// The sentence's index in the document.
    public var sentence: Int
    /// Scalar range in the document's normalised text.
    public var range: Range<Int>
    public var text: String
    public var type: EntityType?
    /// How sure the type is, from 0 to 1.
    public var confidence: Double
    /// The comparable form of the name this mention stands for in its document: "ebrahim raisi"
    /// for "Raisi" after "Ebrahim Raisi", the expansion for an acronym defined in the text.
    public var key: String
    /// The fuller surface form `key` came from, used to name the entity.
    public var fullName: String
    /// The title written before the name ("Mr", "Prince"), which only the recogniser reads.
    var title: String?
    /// It stood where a place stands ("in Cardiff"), which only the recogniser reads.
    var isLocative = false

    public init(sentence: Int, range: Range<Int>, text: String, type: EntityType?, confidence: Double, key: String, fullName: String) {
        self.sentence = sentence
        self.range = range
        self.text = text
        self.type = type
        self.confidence = confidence
        self.key = key
        self.fullName = fullName
    }

    /// The key has more than one word: a full name rather than a surname or an acronym.
    var hasSeveralWords: Bool { key.utf8.contains(UInt8(ascii: " ")) }
}
