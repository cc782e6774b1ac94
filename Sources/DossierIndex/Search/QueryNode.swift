/// A node of a parsed search query.
public indirect enum QueryNode: Sendable, Equatable {
    /// One typed word; punctuation inside it ("Iran's", "S-400") splits it into several tokens that
    /// must follow each other, as the index splits the text. `prefix` matches longer words too.
    case term(tokens: [String], prefix: Bool)
    /// Words in quotes, matched in order and next to each other.
    case phrase([String])
    /// Every child must match.
    case all([QueryNode])
    /// At least one child must match.
    case any([QueryNode])
    /// The child must not match; meaningful only beside something that must.
    case not(QueryNode)
}

extension QueryNode {
    /// Whether this is one word or one quoted phrase, which FTS5 sees as a single phrase.
    var isPlainWord: Bool {
        switch self {
        case .term, .phrase: true
        default: false
        }
    }

    var isExclusion: Bool {
        if case .not = self { true } else { false }
    }
}
