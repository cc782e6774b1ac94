import Foundation
import Testing
@testable import DossierIndex

/// Cross-references between claim frames of different documents, through the whole indexer,
/// on short invented articles: what must link, and each kind of wrong link issue 15 names.
@Suite("Linking claims across documents")
struct ClaimLinkTests {
    /// The links between dated one-paragraph documents, hidden ones included.
    private func links(_ texts: [String], dates: [String]? = nil) throws -> [CrossReference] {
        var files: [String: String] = [:]
        for (index, text) in texts.enumerated() {
            let date = dates?[index] ?? "2005-02-10"
            files["doc\(index).md"] = "---\ndate: \(date)\n---\n\(text)\n"
        }
        let folder = try TemporaryCorpus(files: files)
        return try folder.open().corpus.crossReferences(includingHidden: true)
    }

    private func relations(_ texts: [String], dates: [String]? = nil) throws -> [ClaimRelation] {
        try links(texts, dates: dates).map(\.relation)
    }

    // MARK: Agreement

    @Test func theSameFigureStatedTwiceAgrees() throws {
        let found = try links(["Quarterly profits at TimeWarner jumped 76% to $1.13bn in the three months to December.",
                               "TimeWarner said its profits rose to $1.13bn in the fourth quarter, helped by advertising."])
        let link = try #require(found.first { $0.relation == .agree })
        #expect(Set(link.hereValues + link.thereValues) == ["$1.13bn"])
        #expect(link.hereFrame?.subject?.key == "timewarner")
        #expect(link.score >= Corpus.confidenceFloor)
    }

    @Test func valuesAgreeWithinRoundingAndUnits() throws {
        #expect(try relations(["Yukos faces a tax bill of $27.5bn (£14.5bn), the ministry said.",
                               "The ministry said Yukos faces a tax bill of £14.5bn."]).contains(.agree))
        #expect(try relations(["Vodafone's sales rose 29% in 2004, the firm said.",
                               "Vodafone said its sales rose 28.9% in 2004."]).contains(.agree))
    }

    @Test func theSameEventInActiveAndPassiveAgrees() throws {
        let found = try relations(["President Putin signed the Kyoto Protocol on 5 November 2004.",
                                   "The Kyoto Protocol was signed by President Putin in November 2004, officials said."])
        #expect(found.contains(.agree), "\(found)")
    }

    @Test func anEventWithoutNumbersAgreesAcrossReports() throws {
        let found = try relations(["Robert Kilroy-Silk resigned from the UK Independence Party on Thursday.",
                                   "Robert Kilroy-Silk has resigned from the UK Independence Party, saying it had let voters down."],
                                  dates: ["2005-01-20", "2005-01-21"])
        #expect(found.contains(.agree), "\(found)")
    }

    // MARK: Conflict

    @Test func anotherValueForTheSameFigureConflicts() throws {
        let found = try links(["Freddie Mac restated its earnings by $5bn in 2004 after a probe of its books.",
                               "Freddie Mac was forced to restate its earnings by $4.4bn in 2004."])
        let link = try #require(found.first)
        #expect(link.relation == .conflict)
        #expect(Set(link.hereValues + link.thereValues) == ["$5bn", "$4.4bn"])
    }

    @Test func twoDatesForAnEventThatHappensOnceConflict() throws {
        let found = try relations(["Latvia joined Nato on 29 March 2004, the alliance said.",
                                   "Latvia joined Nato on 2 April 2003, the alliance said."])
        #expect(found == [.conflict])
    }

    @Test func aDeniedEventConflictsWithItsReport() throws {
        let found = try relations(["Kilroy-Silk resigned from Ukip on Thursday.", "Kilroy-Silk has not resigned from Ukip, his spokesman said on Thursday."],
                                  dates: ["2005-01-20", "2005-01-20"])
        #expect(found == [.conflict], "\(found)")
    }

    // MARK: Must not link

    @Test func theSameFigureAtAnotherTimeNeverConflicts() throws {
        // A film's takings on two weekends; monthly against annual house prices.
        #expect(!(try relations(["The Incredibles took $20m at the US box office in the weekend to 14 November.",
                                 "The Incredibles took $10m at the US box office in the weekend to 21 November."]).contains(.conflict)))
        #expect(!(try relations(["UK house prices rose 0.5% in November, Nationwide said.",
                                 "UK house prices rose 12% in 2004, Nationwide said."]).contains { $0 != .related }))
    }

    @Test func aForecastNeverConflictsWithAnOutcome() throws {
        #expect(!(try relations(["Fiat's sales will rise 10% in 2005, the company predicted.", "Fiat's sales rose 4% in 2005."],
                                dates: ["2005-01-10", "2006-01-10"]).contains(.conflict)))
    }

    @Test func differentQuantitiesSharingWordsDoNotLink() throws {
        // An interest rate against growth; debt against aid.
        #expect(try relations(["Eurozone interest rates are at 2%, the European Central Bank said.",
                               "The European Central Bank has forecast eurozone growth of 1.9%."]).filter { $0 != .related }.isEmpty)
        #expect(try relations(["Italy's public debt is 106% of GDP.", "Italy's aid budget is 0.2% of GDP."]).filter { $0 != .related }.isEmpty)
    }

    @Test func theSameNumberForAnotherSubjectDoesNotLink() throws {
        #expect(try relations(["Australian economic growth slowed to 0.2% in the third quarter.",
                               "Brazil's economic growth slowed to 0.2% in the third quarter."]).isEmpty)
        #expect(try relations(["Vodafone holds a 49% stake in the venture.", "Telefonica holds a 49% stake in the venture."]).isEmpty)
    }

    @Test func aNumberInANameIsNoAmount() throws {
        #expect(try relations(["Apple sold 3 players in a test shop, the firm said.", "Apple's sales of MP3 players doubled, the firm said."]).isEmpty)
    }

    @Test func oppositeSignsNeverAgree() throws {
        let found = try relations(["Japanese growth was -0.1% in the third quarter.", "Japanese growth was 0.1% in the third quarter."])
        #expect(!found.contains(.agree), "\(found)")
    }

    @Test func anotherOccurrenceOfARecurringEventIsNotTheSame() throws {
        let found = try relations(["Tony Blair visited Berlin on 5 May 2004.", "Tony Blair visited Berlin on 3 March 2005."])
        #expect(!found.contains(.agree) && !found.contains(.conflict), "\(found)")
    }

    @Test func swappedParticipantsAreAnotherEvent() throws {
        #expect(try relations(["Glazer bought Manchester United on 12 May 2005.", "Manchester United bought Glazer on 12 May 2005."]).isEmpty)
    }

    // MARK: Copies

    @Test func copiesAreFoldedNotLinked() throws {
        let article = "Quarterly profits at TimeWarner jumped 76% to $1.13bn in the three months to December. The firm also sold shares in Google."
        let other = "TimeWarner said its profits rose to $1.13bn in the fourth quarter, helped by advertising."
        let folder = try TemporaryCorpus(files: ["a.txt": article, "b.txt": article, "c.txt": article + " It added a line.", "d.txt": other])
        let corpus = try folder.open().corpus
        let found = try corpus.crossReferences(includingHidden: true)
        #expect(found.map(\.relation) == [.agree], "one link for all copies: \(found.map { ($0.here.documentPath, $0.there.documentPath) })")
        let link = try #require(found.first)
        #expect(Set([link.here.documentPath] + link.hereCopies) == ["a.txt", "b.txt", "c.txt"] || Set([link.there.documentPath] + link.thereCopies) == ["a.txt", "b.txt", "c.txt"])
        let overview = try corpus.claimOverview()
        #expect(overview.allSatisfy { $0.corroboration <= 2 }, "copies are no corroboration: \(overview.map(\.corroboration))")
    }

    @Test func nearCopiesAreNeverLinked() throws {
        let body = (1...12).map { "Paragraph \($0) of the story says something about the weather in the capital and the markets." }.joined(separator: " ")
        let found = try relations(["Fiat's sales rose 5% in 2004. " + body, "Fiat's sales rose 6% in 2004. " + body])
        #expect(found.isEmpty, "\(found)")
    }

    // MARK: Incremental updates

    @Test func anIncrementalUpdateLinksAsARebuildDoes() throws {
        let texts = [
            "Fiat's sales rose 5% in 2004, the firm said.", "Fiat said its sales rose 5% in 2004.", "Fiat's sales rose 7% in 2004.",
            "Latvia joined Nato on 29 March 2004.", "Latvia joined Nato in March 2004.", "Fiat's sales rose 5% in 2004, the firm said.",
        ]
        let folder = try TemporaryCorpus(files: Dictionary(uniqueKeysWithValues: texts.enumerated().map { ("doc\($0.offset).txt", $0.element) }))
        _ = try folder.open()
        try folder.write("doc2.txt", "Fiat's sales rose 5% in 2004, analysts said.")
        try folder.remove("doc0.txt")
        try folder.write("doc6.txt", "Latvia joined Nato on 2 April 2003.")
        try folder.touch("doc2.txt", secondsAgo: 0)
        let incremental = try Self.signature(of: folder.open().corpus)
        let fresh = try TemporaryCorpus(files: [:])
        for path in try FileManager.default.contentsOfDirectory(atPath: folder.root.path) {
            try fresh.write(path, String(contentsOf: folder.root.appendingPathComponent(path), encoding: .utf8))
        }
        let rebuilt = try Self.signature(of: fresh.open().corpus)
        #expect(!rebuilt.isEmpty)
        #expect(incremental == rebuilt)
    }

    /// Every link as its two sentences' files and positions, relation and confidence, in order.
    static func signature(of corpus: Corpus) throws -> [String] {
        try corpus.crossReferences(includingHidden: true).map { reference in
            let sides = [reference.here, reference.there].map { "\($0.documentPath)#\($0.ordinal)" }.sorted()
            return "\(sides[0]) \(sides[1]) \(reference.relation.rawValue) \(reference.score)"
        }.sorted()
    }
}
