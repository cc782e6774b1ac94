/// Where the reader should go once a document is open.
public enum ReaderTarget: Sendable, Equatable {
    /// The sentence with this ordinal, as when a search result or cross-reference is chosen.
    case sentence(Int)
    /// A sentence with a stretch of it marked, as when a timeline event is chosen; the range is
    /// in scalars within the sentence.
    case date(sentence: Int, range: Range<Int>)
    /// The first or the last search hit in the document, as `n` and `N` arrive in a new document.
    case firstHit
    case lastHit
    /// A place a jump left, shown at the top as it was.
    case position(ReaderPosition)

    /// The ordinal of the sentence to show, when the target is one.
    var sentenceOrdinal: Int? {
        switch self {
        case .sentence(let ordinal), .date(let ordinal, _): return ordinal
        case .firstHit, .lastHit, .position: return nil
        }
    }
}
