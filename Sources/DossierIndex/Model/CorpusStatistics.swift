/// Counts of what an index holds.
public struct CorpusStatistics: Sendable, Equatable {
    public var documents: Int
    public var paragraphs: Int
    public var sentences: Int
    public var words: Int
}
