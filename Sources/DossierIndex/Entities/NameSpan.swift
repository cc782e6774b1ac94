/// A stretch of a sentence's tokens that may be a name, with what its surroundings say about it.
struct NameSpan: Equatable {
    /// Token indices of the name itself.
    var tokens: Range<Int>
    /// The title before it ("President", "Maj. Gen."), if one was stripped.
    var title: String?
    /// Its first word stood where a capital says nothing: sentence start, headline, all capitals.
    var startsUnreliably: Bool
}
