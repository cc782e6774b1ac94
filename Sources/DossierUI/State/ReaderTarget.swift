/// Where the reader should go once a document is open.
public enum ReaderTarget: Sendable, Equatable {
    /// The sentence with this ordinal, as when a search result or cross-reference is chosen.
    case sentence(Int)
    /// The first or the last search hit in the document, as `n` and `N` arrive in a new document.
    case firstHit
    case lastHit
    /// A place a jump left, shown at the top as it was.
    case position(ReaderPosition)
}
