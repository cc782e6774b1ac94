/// A sentence as stored in the index, with its offsets in the normalised text and in the original file.
public struct IndexedSentence: Sendable, Equatable, Codable {
    public var id: Int64
    public var documentId: Int64
    public var ordinal: Int
    public var paragraph: Int
    public var text: String
    /// Scalar range in the document's normalised text.
    public var range: Range<Int>
    /// Code-point range in the original file.
    public var originalRange: Range<Int>
}

extension SentenceRecord {
    var indexed: IndexedSentence {
        IndexedSentence(id: id ?? 0, documentId: documentId, ordinal: ordinal, paragraph: paragraph, text: text,
                        range: start..<end, originalRange: originalStart..<originalEnd)
    }
}
