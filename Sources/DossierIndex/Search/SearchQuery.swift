/// A parsed search: what to match, how to filter, and notes for the user on what was adjusted or ignored.
public struct SearchQuery: Sendable, Equatable {
    /// The text as typed.
    public var text: String
    /// What sentences must match; nil when nothing searchable was typed.
    public var root: QueryNode?
    public var filters: [QueryFilter]
    /// Plain sentences such as "Ignored an unmatched )".
    public var notes: [String]

    public init(text: String, root: QueryNode?, filters: [QueryFilter] = [], notes: [String] = []) {
        self.text = text
        self.root = root
        self.filters = filters
        self.notes = notes
    }

    public var isEmpty: Bool { root == nil }

    /// The FTS5 MATCH expression for `root`: every word a quoted string, so nothing the user typed
    /// can reach SQLite as syntax.
    public var matchExpression: String? {
        root.flatMap(Self.expression)
    }

    /// The positive words of a plain conjunction, in order, for the phrase and proximity boosts;
    /// empty when the query is anything else. Word `i` is phrase `i` of `matchExpression`.
    public var conjunctionTokens: [[String]] {
        let children: [QueryNode]
        switch root {
        case .all(let nodes)?: children = nodes
        default: return []
        }
        return children.compactMap { node in
            switch node {
            case .term(let tokens, _), .phrase(let tokens): return tokens
            default: return nil
            }
        }
    }

    /// Every word and phrase the query looks for (none under an exclusion), as FTS5 expressions.
    var wantedExpressions: [String] {
        func leaves(_ node: QueryNode) -> [String] {
            switch node {
            case .term, .phrase: return Self.expression(node).map { [$0] } ?? []
            case .all(let children), .any(let children): return children.flatMap(leaves)
            case .not: return []
            }
        }
        return root.map(leaves) ?? []
    }

    static func expression(_ node: QueryNode) -> String? {
        switch node {
        case let .term(tokens, prefix):
            return quoted(tokens) + (prefix ? "*" : "")
        case .phrase(let tokens):
            return quoted(tokens)
        case .all(let children):
            // Plain words first, so that FTS5 numbers them 0, 1, … in the order `conjunctionTokens` lists them.
            let positives = (children.filter(\.isPlainWord) + children.filter { !$0.isPlainWord && !$0.isExclusion }).compactMap(expression)
            guard !positives.isEmpty else { return nil }
            var result = positives.count == 1 ? positives[0] : "(" + positives.joined(separator: " AND ") + ")"
            for case .not(let inner) in children {
                if let excluded = expression(inner) { result = "\(result) NOT \(excluded)" }
            }
            return result
        case .any(let children):
            let options = children.compactMap(expression)
            guard !options.isEmpty else { return nil }
            return options.count == 1 ? options[0] : "(" + options.joined(separator: " OR ") + ")"
        case .not:
            return nil
        }
    }

    static func quoted(_ tokens: [String]) -> String {
        "\"" + tokens.joined(separator: " ") + "\""
    }
}
