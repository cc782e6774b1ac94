/// One sentence as frame reading sees it: its tokens (lowercased once), which tokens belong to
/// which entity mention or date, its amounts, and its clauses. Built once per sentence and
/// shared by the quantity and event readers.
struct SentenceAnalysis {
    /// An entity mention spread over tokens.
    struct Mention {
        var tokens: Range<Int>
        var range: Range<Int>
        var key: String
        var type: EntityType?
    }

    let scalars: [Unicode.Scalar]
    let tokens: [QuantityToken]
    let lower: [String]
    let mentions: [Mention]
    /// The mention each token belongs to, if any.
    let mentionOfToken: [Int?]
    let dates: [(tokens: Range<Int>, range: Range<Int>, date: ClaimDate)]
    let quantities: [(tokens: Range<Int>, quantity: Quantity)]
    /// Token ranges of the clauses, in order, covering every token.
    let clauses: [Range<Int>]

    init(text: String, mentions: [(range: Range<Int>, key: String, type: EntityType?)], dates: [(range: Range<Int>, date: ClaimDate)]) {
        scalars = Array(text.unicodeScalars)
        tokens = QuantityToken.tokens(of: scalars)
        lower = tokens.map { $0.text.lowercased() }
        let tokens = tokens
        func span(_ range: Range<Int>) -> Range<Int>? {
            let first = tokens.firstIndex { $0.range.overlaps(range) }
            guard let first else { return nil }
            let end = tokens[first...].firstIndex { $0.range.lowerBound >= range.upperBound } ?? tokens.count
            return first..<end
        }
        var owner = [Int?](repeating: nil, count: tokens.count)
        var found: [Mention] = []
        for mention in mentions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard let tokenSpan = span(mention.range), tokenSpan.allSatisfy({ owner[$0] == nil }) else { continue }
            for index in tokenSpan { owner[index] = found.count }
            found.append(Mention(tokens: tokenSpan, range: mention.range, key: mention.key, type: mention.type))
        }
        self.mentions = found
        mentionOfToken = owner
        self.dates = dates.compactMap { date in span(date.range).map { ($0, date.range, date.date) } }
        let dateRanges = dates.map(\.range)
        quantities = QuantityParser.quantities(in: text).filter { quantity in !dateRanges.contains { $0.overlaps(quantity.range) } }
            .compactMap { quantity in span(quantity.range).map { ($0, quantity) } }
        clauses = Self.clauses(of: lower, tokens: tokens)
    }

    /// Splits at semicolons and colons, and before a conjunction that opens a clause of its own
    /// ("…, while Nasdaq fell 2%").
    private static func clauses(of lower: [String], tokens: [QuantityToken]) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = 0
        for index in lower.indices {
            let breaksBefore = CueLexicon.clauseOpeners.contains(lower[index]) && index > start
            let breaksAfter = tokens[index].kind == .symbol && [";", ":"].contains(lower[index])
            if breaksBefore {
                clauses.append(start..<index)
                start = index
            } else if breaksAfter {
                clauses.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < lower.count || clauses.isEmpty { clauses.append(start..<lower.count) }
        return clauses
    }

    func clause(of token: Int) -> Range<Int> {
        clauses.first { $0.contains(token) } ?? 0..<tokens.count
    }

    /// Scalar range of some tokens.
    func range(of tokenRange: Range<Int>) -> Range<Int> {
        tokens[tokenRange.lowerBound].range.lowerBound..<tokens[tokenRange.upperBound - 1].range.upperBound
    }

    /// The mentions that start inside a token range.
    func mentions(in tokenRange: Range<Int>) -> [Mention] {
        mentions.filter { tokenRange.contains($0.tokens.lowerBound) }
    }

    /// Whether the word at `index` is one of `words`, out of range being no.
    func word(_ index: Int, in words: Set<String>) -> Bool {
        lower.indices.contains(index) && words.contains(lower[index])
    }

    /// The slot of a mention.
    func slot(_ mention: Mention) -> ClaimFrame.Slot {
        ClaimFrame.Slot(range: mention.range, key: mention.key)
    }

    /// The date nearest to a token range within its clause, else the sentence's only date.
    func period(near tokenRange: Range<Int>, in clause: Range<Int>) -> (range: Range<Int>, date: ClaimDate)? {
        let inClause = dates.filter { clause.contains($0.tokens.lowerBound) && !isPrior($0.tokens) }
        let distance = { (date: (tokens: Range<Int>, range: Range<Int>, date: ClaimDate)) in
            date.tokens.lowerBound >= tokenRange.upperBound ? date.tokens.lowerBound - tokenRange.upperBound : tokenRange.lowerBound - date.tokens.upperBound
        }
        if let nearest = inClause.min(by: { distance($0) < distance($1) }) { return (nearest.range, nearest.date) }
        if dates.count == 1, !isPrior(dates[0].tokens) { return (dates[0].range, dates[0].date) }
        return nil
    }

    /// Whether the words just before a span make it an earlier value or date ("from", "compared with").
    func isPrior(_ tokenRange: Range<Int>) -> Bool {
        let before = max(0, tokenRange.lowerBound - 2)..<tokenRange.lowerBound
        if before.contains(where: { MeasureLexicon.priorMarkers.contains(lower[$0]) }) { return true }
        let after = tokenRange.upperBound..<min(lower.count, tokenRange.upperBound + 3)
        return after.contains { ["earlier", "ago", "before"].contains(lower[$0]) }
    }
}
