import Testing
@testable import DossierIndex

/// The rules that keep names whole and typed on real news: scores, capitals, abbreviations of
/// common nouns, holidays, teams, places named by what they are, and the forms of one name.
@Suite("Entity rules")
struct EntityRuleTests {
    /// The entity of each mention text, across the documents of one corpus.
    private func entityOfText(in texts: [String]) throws -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        for mention in try entityMentions(in: texts).joined() { found[mention.text, default: []].insert(mention.entity) }
        return found
    }

    // MARK: Numbers after names

    @Test(arguments: [
        ("Japan 2 Syria 1 ( halftime 1-0 )", ["Japan/organization", "Syria/organization"]),
        ("Yasuto Honda 71 69 140", ["Yasuto Honda/person"]),
        ("Sales in Japan 2004 were weak.", ["Japan/place"]),
    ])
    func aScoreOrYearAfterAPlaceOrPersonIsNoPartOfTheName(_ line: String, expected: [String]) throws {
        #expect(try typedNames(in: line) == expected)
    }

    @Test func modelNamesKeepTheirNumbers() throws {
        let names = try typedNames(in: "The Boeing 747 flew past as the Su-35 and the S-400 were shown on Radio 4.")
        #expect(names.map { $0.split(separator: "/")[0] } == ["Boeing 747", "Su-35", "S-400", "Radio 4"])
    }

    @Test func aTableRowIsToldFromProse() {
        let tokens = { (text: String) in NameTokenizer.tokens(of: Array(text.unicodeScalars)) }
        #expect(CandidateFinder.isTableRow(tokens("Limoges ( France ) 9 3 6 12")))
        #expect(!CandidateFinder.isTableRow(tokens("The Vantor 3 console went on sale in 2004 for 300 euros.")))
    }

    // MARK: Capitals

    @Test(arguments: [("NEW YORK 1996-08-22", "NEW YORK", "New York"), ("ABU DHABI, United Arab Emirates", "ABU DHABI", "Abu Dhabi")])
    func aPlaceInACapitalsLineIsFoundWhole(_ line: String, text: String, name: String) throws {
        let found = try entityMentions(in: [line + "\n\nThe talks went on."])[0]
        #expect(found.first?.text == text)
        #expect(found.first?.entity == name)
        #expect(found.first?.type == .place)
    }

    @Test func twoPlacesJoinedByAHyphenInAHeadlineAreTwoNames() throws {
        let names = try typedNames(in: "Iran-Russia Relations Enter A New Phase\n\nThe two countries agreed on prices.")
        #expect(names == ["Iran/place", "Russia/place"])
    }

    @Test func aVerbOfTryingMakesNoReportOnASport() throws {
        let text = "Iran will try to sell gas to both sides. The match of interests is clear. Khuzestan province may gain, and Iran may too."
        #expect(try typedNames(in: text).contains("Khuzestan/place"))
    }

    @Test func twoCapitalsAreAnAbbreviationNotATown() throws {
        #expect(try entityOfText(in: ["The expiry of a UN arms embargo was discussed."])["UN"] == ["UN"])
    }

    // MARK: Abbreviations

    @Test func anAcronymDefinedInOneDocumentNamesItsExpansionInAnother() throws {
        let found = try entityOfText(in: ["Ministers of the European Union (EU) met in June.", "The EU said the tax was fair.",
                                          "The United States and the Group of Seven (G7) imposed sanctions.", "The G7 met again."])
        #expect(found["EU"] == ["European Union"])
        #expect(found["G7"] == ["Group of Seven"])
    }

    @Test func aBareAcronymMeansTheExpansionMostOfItsDefinitionsGive() throws {
        var texts = (1...4).map { "Day \($0): the World Trade Organisation (WTO) met in Geneva." }
        texts += ["The World Tourism Organisation (WTO) met in Madrid.", "The WTO has not commented."]
        let found = try entityOfText(in: texts)
        #expect(found["WTO"] == ["World Trade Organisation", "World Tourism Organisation"])
        #expect(found["World Tourism Organisation"] == ["World Tourism Organisation"])
        #expect(try entityMentions(in: texts)[5].first?.entity == "World Trade Organisation")
    }

    @Test(arguments: ["Gazprom signed a memorandum of understanding (MOU) with the firm. The MOU is worth $40bn.",
                      "Many carry personal digital assistants (PDAs) and PVRs. The PDAs are small."])
    func abbreviationsOfCommonNounsAreNoNames(_ text: String) throws {
        let names = try typedNames(in: text)
        #expect(!names.contains { $0.hasPrefix("MOU") || $0.hasPrefix("PDAs") || $0.hasPrefix("PVRs") })
    }

    // MARK: Not people

    @Test func holidaysAreNoNames() throws {
        let names = try typedNames(in: "Sales of MP3 players rose at Christmas and again at New Year, said Hollis Marr.")
        #expect(names == ["Hollis Marr/person"])
    }

    @Test func aHolidayInAHeadlineOrWithItsYearIsNoName() throws {
        let names = try typedNames(in: "Christmas Sales Boost Retailers\n\nShops did well over Christmas 2004, said Hollis Marr.")
        #expect(!names.contains { $0.hasPrefix("Christmas") })
    }

    @Test func aHolidayInAPlacesNameStays() throws {
        #expect(try typedNames(in: "Flights to Christmas Island were cancelled.") == ["Christmas Island/place"])
    }

    @Test(arguments: ["German music publisher Bertelsmann grew.", "The deal was agreed with German workers last year."])
    func aNationalityIsNoPerson(_ sentence: String) throws {
        #expect(try !typedNames(in: sentence).contains { $0.hasPrefix("German") })
    }

    @Test(arguments: ["Ideally we would keep him at the club.", "Upping the ante is a smart move."])
    func anEnglishWordOpeningASentenceIsNoName(_ sentence: String) throws {
        #expect(try typedNames(in: sentence).isEmpty)
    }

    @Test func aCityNamedLikeAPersonIsThatPersonsSurname() throws {
        let found = try entityOfText(in: ["Charles Kennedy led the party. Kennedy said the vote was close."])
        #expect(found["Kennedy"] == ["Charles Kennedy"])
    }

    @Test func aCompanyOfOrdinaryWordsSayingSomethingIsNoPerson() throws {
        #expect(try typedNames(in: "Shares in Time Warner rose. Time Warner said profits were up.") == ["Time Warner/organization", "Time Warner/organization"])
    }

    @Test func aGivenNameWithARoyalTitleInTheDocumentIsThatPersonThroughout() throws {
        let found = try entityOfText(in: ["Charles Kennedy welcomed the news. Prince Charles will marry in April, and Charles said he was delighted."])
        #expect(found["Charles"]?.contains("Charles Kennedy") == false)
    }

    @Test func anAcronymJoinsItsExpansionWrittenInTheSingularOrPlural() throws {
        let found = try entityOfText(in: ["The United Nations (UN) met.", "The United Nation (UN) met again.", "The UN said no."])
        #expect(found["UN"] == ["United Nations"])
    }

    @Test func thePronounAfterSaidTellsABodyFromAPerson() throws {
        #expect(try typedNames(in: "Siemens said its profits rose.") == ["Siemens/organization"])
    }

    // MARK: Spans

    @Test(arguments: [
        ("Tory Dominic Grieve said the affair was scandalous.", ["Tory/organization", "Dominic Grieve/person"]),
        ("Russia’s Security Council and IRGC Rear Admiral Ali Shamkhani met.", ["Russia/place", "Security Council/organization", "IRGC/organization", "Ali Shamkhani/person"]),
        ("The head of the \"failing\" Child Support Agency is still in post.", ["Child Support Agency/organization"]),
    ])
    func aLabelOrTitleBeforeAPersonIsNoPartOfTheName(_ sentence: String, expected: [String]) throws {
        #expect(try typedNames(in: sentence) == expected)
    }

    @Test func aKnownNameOpeningASentenceKeepsItsFirstWord() throws {
        let names = try typedNames(in: "Shares in Time Warner rose on Friday. Time Warner said profits were up.")
        #expect(names.filter { $0.hasPrefix("Time Warner") }.count == 2)
        #expect(!names.contains { $0.hasPrefix("Warner") })
    }

    // MARK: Types

    @Test func placesAreNamedByWhatFollowsThem() throws {
        let names = try typedNames(in: "Gazprom will help develop the Kish and North Pars gas fields. When the Fordow facility was found, talks stopped.")
        #expect(names.contains("Kish/place"))
        #expect(names.contains("North Pars/place"))
        #expect(names.contains("Fordow/place"))
    }

    @Test func aClubNamedAfterItsTownIsATeamWhereverTheReportSaysSo() throws {
        let found = try entityMentions(in: ["Parry revealed Liverpool are still in talks. Liverpool will decide soon. The fans met in Liverpool on Monday."])[0]
        #expect(found.map(\.type) == [.person, .organization, .organization, .place])
    }

    @Test func aSideNamedAfterAScoreIsATeam() throws {
        let names = try typedNames(in: "Scotland were beaten 33-15 by Samoa and Ireland lost 17-5 to Tunisia in the final.")
        #expect(names.contains("Samoa/organization"))
        #expect(names.contains("Tunisia/organization"))
    }

    @Test func anUnknownNameAfterFromIsNoPlace() throws {
        #expect(try !typedNames(in: "The songs were bought from Zenthora last year.").contains("Zenthora/place"))
        #expect(try typedNames(in: "The soldiers were stationed in Qarvesh last year.") == ["Qarvesh/place"])
    }

    @Test func aPortfolioAndItsTitleIsNoName() throws {
        #expect(try typedNames(in: "Kamal Nath, Commerce and Industry Minister, announced the decision.") == ["Kamal Nath/person"])
    }

    @Test func diseasesWrittenInCapitalsAreNoNames() throws {
        #expect(try typedNames(in: "More money will go to treat HIV/Aids and SARS in Africa.") == ["Africa/place"])
    }

    // MARK: Forms of one name

    @Test func singularPluralAndShortFormsOfAPartyAreOneEntity() throws {
        let found = try entityOfText(in: ["The Liberal Democrats said the plan was flawed.", "A Liberal Democrat spokesman objected to the plan.",
                                          "The Lib Dems want a vote.", "The Tories agreed, and a Tory source said so."])
        #expect(found["Liberal Democrats"] == found["Lib Dems"])
        #expect(found["Liberal Democrat"] == found["Lib Dems"])
        #expect(found["Tory"] == found["Tories"])
    }

    @Test func oneWordCutShortIsNoFormOfALongerOne() throws {
        let found = try entityOfText(in: ["Shares in Manchester rose.", "Shares in Man rose."])
        #expect(found["Man"] != found["Manchester"] || found["Man"] == nil)
    }
}
