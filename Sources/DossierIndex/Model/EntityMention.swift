/// One place a name occurs: which sentence, where in it, and which entity it names.
public struct EntityMention: Sendable, Equatable {
    public var documentID: Int64
    public var documentPath: String
    /// The sentence's position in its document.
    public var ordinal: Int
    /// Scalar range within the sentence's text.
    public var rangeInSentence: Range<Int>
    /// Code-point range in the original file.
    public var originalRange: Range<Int>
    public var text: String
    public var entityID: Int64
    public var entityName: String
    public var type: EntityType

    public init(documentID: Int64, documentPath: String, ordinal: Int, rangeInSentence: Range<Int>, originalRange: Range<Int>,
                text: String, entityID: Int64, entityName: String, type: EntityType) {
        self.documentID = documentID
        self.documentPath = documentPath
        self.ordinal = ordinal
        self.rangeInSentence = rangeInSentence
        self.originalRange = originalRange
        self.text = text
        self.entityID = entityID
        self.entityName = entityName
        self.type = type
    }
}
