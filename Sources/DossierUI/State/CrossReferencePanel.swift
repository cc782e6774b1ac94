import DossierIndex

/// The cross-references of one claim, shown over the document list and the reader.
public struct CrossReferencePanel: Sendable, Equatable {
    /// The claim's sentence, as it stands in the reader.
    public var sentenceID: Int64
    /// Nil until loaded.
    public var references: [CrossReference]?
    public var cursor = ListCursor()
    /// Links under the confidence floor are listed too.
    public var showsHidden = false

    public init(sentenceID: Int64, references: [CrossReference]? = nil) {
        self.sentenceID = sentenceID
        self.references = references
    }

    public var selected: CrossReference? {
        guard let references, references.indices.contains(cursor.selected) else { return nil }
        return references[cursor.selected]
    }
}
