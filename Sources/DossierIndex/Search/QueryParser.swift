/// Reads the query language shared by the explorer and `dossier search`: words (all must match),
/// `"exact phrases"`, `prefix*`, `-excluded`, `a OR b`, parentheses, and `field:value` filters.
///
/// Any input is accepted. What cannot be read as written is read sensibly (an unclosed quote is
/// closed at the end) or dropped, and every such decision is noted for the status bar.
public enum QueryParser {
    /// Longer input is cut, so a pasted page cannot stall the explorer.
    public static let maximumLength = 1_000
    /// More words than this are ignored.
    public static let maximumTerms = 64

    /// Parses `text`. With `typing`, every word matches as a prefix, so that results appear before
    /// a word is finished and stay while the next one is typed ("sanc rus" finds "sanctions on Russia").
    public static func parse(_ text: String, typing: Bool = false) -> SearchQuery {
        var notes: [String] = []
        var input = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" && $0 != "\n" }) {
            notes.append("Ignored control characters")
        }
        if input.count > maximumLength {
            input = String(input.prefix(maximumLength))
            notes.append("Read only the first \(maximumLength) characters")
        }
        var lexer = QueryLexer(input)
        var tokens = lexer.tokens()
        notes += lexer.notes
        if typing { markPrefixesWhileTyping(&tokens) }
        var parser = Parser(tokens: tokens)
        let root = parser.parseQuery()
        notes += parser.notes
        if root == nil, parser.filters.isEmpty, !parser.sawNegation, !input.trimmingCharacters(in: .whitespaces).isEmpty, notes.isEmpty {
            notes.append("Nothing to search for in that query")
        }
        let query = SearchQuery(text: text, root: root, filters: parser.filters, notes: notes)
        if root != nil, query.matchExpression == nil {
            return SearchQuery(text: text, root: nil, filters: parser.filters, notes: notes + ["A search needs at least one word that is not excluded"])
        }
        return query
    }

    /// Every word of two characters or more matches as a prefix; a single letter would match most
    /// of the index. Phrases stay exact.
    private static func markPrefixesWhileTyping(_ tokens: inout [QueryLexer.Token]) {
        for (index, token) in tokens.enumerated() {
            guard case let .word(word, negated, star) = token, !star, word.count >= 2 else { continue }
            tokens[index] = .word(word, negated: negated, star: true)
        }
    }

    /// A recursive-descent parser over the lexer's tokens.
    struct Parser {
        var tokens: [QueryLexer.Token]
        var position = 0
        var notes: [String] = []
        var filters: [QueryFilter] = []
        var termCount = 0
        var sawNegation = false

        init(tokens: [QueryLexer.Token]) {
            self.tokens = tokens
        }

        mutating func parseQuery() -> QueryNode? {
            var parts: [QueryNode] = []
            while position < tokens.count {
                if let node = parseAlternatives() { parts.append(node) }
                if position < tokens.count, tokens[position] == .close {
                    notes.append("Ignored an unmatched )")
                    position += 1
                }
            }
            return combine(parts, with: QueryNode.all)
        }

        mutating func parseAlternatives() -> QueryNode? {
            var options: [QueryNode] = []
            var current = parseSequence()
            while position < tokens.count, tokens[position] == .or {
                position += 1
                let next = parseSequence()
                if current == nil || next == nil { notes.append("OR needs words on both sides; read it as AND") }
                if let current { options.append(current) }
                current = next
            }
            if let current { options.append(current) }
            guard options.count > 1 else { return options.first }
            var kept: [QueryNode] = []
            for option in options {
                if let option = dropLoneExclusion(option) { kept.append(option) }
            }
            return combine(kept, with: QueryNode.any)
        }

        mutating func parseSequence() -> QueryNode? {
            var items: [QueryNode] = []
            while position < tokens.count, tokens[position] != .or, tokens[position] != .close {
                if let node = parseItem() { items.append(node) }
            }
            return combine(items, with: QueryNode.all)
        }

        mutating func parseItem() -> QueryNode? {
            let token = tokens[position]
            position += 1
            switch token {
            case .open:
                let inner = parseAlternatives()
                if position < tokens.count, tokens[position] == .close {
                    position += 1
                } else {
                    notes.append("Closed an unbalanced (")
                }
                return inner
            case let .word(word, negated, star):
                return term(word, negated: negated, star: star)
            case let .phrase(text, negated):
                return phrase(text, negated: negated)
            case let .field(field, value, negated):
                filters.append(QueryFilter(field: field, value: value, isNegated: negated))
                return nil
            case .or, .close:
                return nil
            }
        }

        private mutating func term(_ word: String, negated: Bool, star: Bool) -> QueryNode? {
            let pieces = QueryLexer.wordTokens(word)
            guard !pieces.isEmpty, admitTerm() else { return nil }
            return wrap(.term(tokens: pieces, prefix: star), negated: negated)
        }

        private mutating func phrase(_ text: String, negated: Bool) -> QueryNode? {
            let pieces = QueryLexer.wordTokens(text)
            guard !pieces.isEmpty, admitTerm() else { return nil }
            return wrap(pieces.count == 1 ? .term(tokens: pieces, prefix: false) : .phrase(pieces), negated: negated)
        }

        private mutating func wrap(_ node: QueryNode, negated: Bool) -> QueryNode {
            if negated { sawNegation = true }
            return negated ? .not(node) : node
        }

        /// Counts a term, refusing those over the limit (with one note).
        private mutating func admitTerm() -> Bool {
            termCount += 1
            if termCount == maximumTerms + 1 { notes.append("Used only the first \(maximumTerms) words") }
            return termCount <= maximumTerms
        }

        /// An alternative made only of exclusions ("a OR -b") cannot stand on its own.
        private mutating func dropLoneExclusion(_ node: QueryNode) -> QueryNode? {
            if case .not = node {
                notes.append("Ignored an exclusion with nothing to exclude it from")
                return nil
            }
            return node
        }

        private func combine(_ nodes: [QueryNode], with make: ([QueryNode]) -> QueryNode) -> QueryNode? {
            switch nodes.count {
            case 0: return nil
            case 1: return nodes[0]
            default: return make(nodes)
            }
        }
    }
}
