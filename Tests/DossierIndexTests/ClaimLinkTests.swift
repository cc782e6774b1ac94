import Foundation
import Testing
@testable import DossierIndex

/// Cross-references between claims of different documents, on pairs of short articles.
@Suite("Linking claims across documents")
struct ClaimLinkTests {
    /// The links between two one-paragraph documents, after indexing them with some filler so
    /// that the words of the claims are rarer than the filler's.
    private func links(_ first: String, _ second: String, extra: [String: String] = [:]) throws -> [CrossReference] {
        var files = ["a.txt": first, "b.txt": second].merging(extra) { first, _ in first }
        files["filler.txt"] = """
            The weather in the capital was mild for the season. Markets opened higher on Monday and closed lower on Tuesday. \
            The football club won its third match in a row. A new museum opened its doors to visitors in the old town.
            """
        let folder = try TemporaryCorpus(files: files)
        return try folder.open().corpus.crossReferences()
    }

    @Test func theSameAmountStatedTwiceAgrees() throws {
        let found = try links("Trade between Iran and Russia reached $4 billion last year, according to the customs office.",
                              "Officials in Tehran said Iran’s trade with Russia was about $4 billion, a record for the two countries.")
        let link = try #require(found.first)
        #expect(found.count == 1)
        #expect(link.relation == .agree)
        #expect(Set(link.hereValues + link.thereValues) == ["$4 billion", "about $4 billion"])
    }

    @Test func unitsAreNormalisedBeforeComparing() throws {
        let found = try links("The International North-South Transport Corridor is a 7,200-kilometer network of sea, rail and road routes.",
                              "The North-South Transport Corridor stretches 7,200 km from Mumbai through Iran to Russia.")
        #expect(found.map(\.relation) == [.agree])
    }

    @Test func anotherAmountForTheSameThingConflicts() throws {
        let found = try links("The gas pipeline between Iran and Armenia will run 140 km across the mountains, engineers said.",
                              "Engineers said the gas pipeline between Iran and Armenia will run 300 km across the mountains.")
        let link = try #require(found.first)
        #expect(link.relation == .conflict)
        #expect(Set(link.hereValues + link.thereValues) == ["140 km", "300 km"])
    }

    @Test func theSameThingPlacedInAnotherCountryConflicts() throws {
        let found = try links("Only the unfinished railway stretch between Rasht and Astara in northern Iran still holds up the corridor.",
                              "The unfinished railway stretch between Rasht and Astara in Azerbaijan still holds up the corridor, officials say.")
        let link = try #require(found.first)
        #expect(link.relation == .conflict)
        #expect(Set(link.hereValues + link.thereValues) == ["Iran", "Azerbaijan"])
    }

    @Test func datesOfDifferentGranularityForOneEventAgree() throws {
        let found = try links("Vladimir Putin signed the treaty with Iran in Moscow on January 17, 2025, after long talks.",
                              "The treaty with Iran was signed by Vladimir Putin in January 2025 in Moscow.")
        let link = try #require(found.first)
        #expect(link.relation == .agree)
        #expect(Set(link.hereValues + link.thereValues) == ["January 17, 2025", "January 2025"])
    }

    @Test func twoDatesForAnEventThatHappensOnceConflict() throws {
        let found = try links("In fact, the international arms embargo against Iran officially ended in October 2020, but few countries showed interest.",
                              "However, the end of the UN arms embargo on Iran in October 2023 legally permitted Iran to export missiles.")
        let link = try #require(found.first)
        #expect(link.relation == .conflict)
        #expect(Set(link.hereValues + link.thereValues) == ["October 2020", "October 2023"])
    }

    @Test func aDateValuedAgainstTheDocumentDateNeverConflicts() throws {
        let found = try links("---\ndate: 2005-01-10\n---\nThe arms embargo on Iran was lifted by the council on 11 November, diplomats said.",
                              "---\ndate: 2005-01-12\n---\nDiplomats said the council lifted the arms embargo on Iran in November 2003.")
        #expect(!found.contains { $0.relation == .conflict }, "“11 November” leans on the document's date: \(found.map(\.relation))")
    }

    @Test func theSameEventOfDifferentThingsDoesNotConflict() throws {
        let found = try links("The lease on the port of Haifa ended in October 2020, the company said.",
                              "The ceasefire in Haifa ended in October 2023 after heavy fighting.")
        #expect(!found.contains { $0.relation == .conflict }, "\(found.map(\.relation))")
    }

    @Test func theSameSubjectWithNothingToCompareIsRelated() throws {
        let found = try links("Gazprom and the National Iranian Oil Company signed a memorandum to develop the Kish gas field.",
                              "The memorandum between Gazprom and the National Iranian Oil Company covers the Kish gas field and pipelines.")
        #expect(found.map(\.relation) == [.related])
    }

    @Test func theSameNumberAboutDifferentThingsDoesNotLink() throws {
        let found = try links("Egypt’s wheat imports from Ukraine reached $4 billion, the agriculture ministry in Cairo said.",
                              "Trade between Iran and Russia reached $4 billion last year, according to the customs office.")
        #expect(found.isEmpty, "\(found.map(\.relation))")
    }

    @Test func aYearWithoutAPrepositionStillDatesAnAmount() throws {
        let found = try links("The goal is to reach as much as $40 billion, while 2021 figures were at $4 billion.",
                              "According to official reports, trade between Iran and Russia in 2021 reached about $4 billion.")
        #expect(found.map(\.relation) == [.agree])
    }

    @Test func theSamePercentageOfDifferentThingsDoesNotLink() throws {
        let found = try links("In the region today the unemployment rate is 12%, in some areas it is 15%.",
                              "The new drama helped lift the channel's January audience share by 12% compared to last year.")
        #expect(found.isEmpty, "\(found.map(\.relation))")
    }

    @Test func sentencesOfOneDocumentAreNotCrossReferences() throws {
        let same = "Trade between Iran and Russia reached $4 billion last year, according to the customs office."
        let found = try links("\(same) \(same)", "The football club won its third match in a row.")
        #expect(found.isEmpty)
    }

    @Test func aChangedDocumentIsRelinkedAndOthersKeepTheirLinks() throws {
        let folder = try TemporaryCorpus(files: [
            "a.txt": "Trade between Iran and Russia reached $4 billion last year, according to the customs office.",
            "b.txt": "Officials in Tehran said Iran’s trade with Russia was about $4 billion, a record for the two countries.",
            "c.txt": "The gas pipeline between Iran and Armenia will run 140 km across the mountains, engineers said.",
            "d.txt": "Engineers said the gas pipeline between Iran and Armenia will run 300 km across the mountains.",
        ])
        #expect(try folder.open().corpus.crossReferences().map(\.relation).sorted(by: { $0.rawValue < $1.rawValue }) == [.agree, .conflict])
        try folder.write("d.txt", "Engineers said the gas pipeline between Iran and Armenia will run about 140 km across the mountains.")
        try folder.touch("d.txt", secondsAgo: 0)
        let reopened = try folder.open()
        #expect(reopened.report.read == 1)
        #expect(try reopened.corpus.crossReferences().map(\.relation) == [.agree, .agree])
    }
}
