import Testing
@testable import DossierIndex

@Suite("The query language")
struct QueryParserTests {
    private func expression(_ text: String, typing: Bool = false) -> String? {
        QueryParser.parse(text, typing: typing).matchExpression
    }

    @Test func wordsAreAllRequired() {
        #expect(expression("arms embargo") == #"("arms" AND "embargo")"#)
        #expect(expression("  Iran  ") == #""Iran""#)
    }

    @Test func quotedTextIsAPhrase() {
        #expect(expression(#""arms embargo" Iran"#) == #"("arms embargo" AND "Iran")"#)
        #expect(expression("“curly quotes” work") == #"("curly quotes" AND "work")"#)
    }

    @Test func starMakesAPrefix() {
        #expect(expression("sanction*") == #""sanction"*"#)
    }

    @Test func everyWordTypedIsAPrefix() {
        #expect(expression("arms emb", typing: true) == #"("arms"* AND "emb"*)"#)
        #expect(expression("sanc rus ", typing: true) == #"("sanc"* AND "rus"*)"#, "a word followed by a space still is one")
        #expect(expression("arms e", typing: true) == #"("arms"* AND "e")"#, "a single letter is not")
        #expect(expression("oil -gaz", typing: true) == #""oil"* NOT "gaz"*"#)
        #expect(expression("\"arms emb", typing: true) == #""arms emb""#, "a phrase is exact")
        #expect(expression("arms emb") == #"("arms" AND "emb")"#, "only while typing")
    }

    @Test func minusExcludes() {
        #expect(expression("Iran -Russia -China") == #""Iran" NOT "Russia" NOT "China""#)
        #expect(expression("Iran NOT Russia") == #""Iran" NOT "Russia""#)
        #expect(expression("arms embargo -\"arms race\"") == #"("arms" AND "embargo") NOT "arms race""#)
    }

    @Test func orAndParenthesesGroup() {
        #expect(expression("Iran OR Russia") == #"("Iran" OR "Russia")"#)
        // Plain words come first, where the ranking looks for them among FTS5's phrases.
        #expect(expression("(Iran OR Russia) embargo") == #"("embargo" AND ("Iran" OR "Russia"))"#)
        #expect(expression("a b OR c") == #"(("a" AND "b") OR "c")"#)
        #expect(expression("Iran or Russia") == #"("Iran" AND "or" AND "Russia")"#)
    }

    @Test func punctuationInsideWordsSplitsLikeTheIndex() {
        #expect(expression("Iran's S-400 U.S.") == #"("Iran s" AND "S 400" AND "U S")"#)
        #expect(expression("naïve") == #""naïve""#)
    }

    @Test func fieldsBecomeFilters() {
        let query = QueryParser.parse(#"embargo doc:002 -doc:"Gulf Review" type:person after:2022"#)
        #expect(query.matchExpression == #""embargo""#)
        #expect(query.filters == [
            QueryFilter(field: .doc, value: "002"), QueryFilter(field: .doc, value: "Gulf Review", isNegated: true),
            QueryFilter(field: .type, value: "person"), QueryFilter(field: .after, value: "2022"),
        ])
    }

    @Test func unknownFieldsAreSaidAndSearchedAsWords() {
        let query = QueryParser.parse("colour:red embargo")
        #expect(query.matchExpression == #"("colour red" AND "embargo")"#)
        #expect(query.notes.contains { $0.contains("No field called colour:") })
    }

    @Test(arguments: [
        "\"unbalanced", "(((", ")))", "-", "*", "OR", "a OR", "OR b", ":", "^", "^foo", "a -", "( )", "\"\"", "-a",
        "a OR -b", "NOT", "AND AND", "doc:", "\u{1}\u{7}x\u{1B}[31m", "** -- ^^ ::", "“", "a\"b\"c", "(a OR (b", "a) b",
    ])
    func hostileInputIsReadSensiblyOrExplained(_ text: String) {
        let query = QueryParser.parse(text)
        if let expression = query.matchExpression {
            #expect(!expression.isEmpty)
            #expect(Self.isWellFormed(expression), "\(expression)")
        } else {
            #expect(!query.notes.isEmpty || query.filters.contains { $0.value.isEmpty } || text.allSatisfy { "*-^:() ".contains($0) },
                    "'\(text)' gave neither a query nor a note")
        }
    }

    @Test func hugeQueriesAreCut() {
        let query = QueryParser.parse(String(repeating: "word ", count: 2_000))
        #expect(query.notes.contains { $0.contains("first 1000 characters") })
        #expect(query.notes.contains { $0.contains("first 64 words") })
        #expect(query.matchExpression?.components(separatedBy: "AND").count == 64)
    }

    @Test func onlyExclusionsIsExplained() {
        let query = QueryParser.parse("-Iran -Russia")
        #expect(query.isEmpty)
        #expect(query.notes.contains("A search needs at least one word that is not excluded"))
    }

    @Test func unbalancedThingsAreNoted() {
        #expect(QueryParser.parse("\"arms embargo").notes.contains("Closed an unbalanced quote at the end"))
        #expect(QueryParser.parse("(arms embargo").notes.contains("Closed an unbalanced ("))
        #expect(QueryParser.parse("arms) embargo").notes.contains("Ignored an unmatched )"))
        #expect(QueryParser.parse("arms OR").notes.contains("OR needs words on both sides; read it as AND"))
    }

    /// Quotes pair up and parentheses balance: the shape FTS5 accepts.
    static func isWellFormed(_ expression: String) -> Bool {
        var depth = 0
        var inQuote = false
        for character in expression {
            if character == "\"" { inQuote.toggle() } else if !inQuote && character == "(" { depth += 1 } else if !inQuote && character == ")" { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0 && !inQuote
    }
}
