import Testing
@testable import DossierIndex

/// One test per rule of the entity recogniser, on sentences written for the purpose.
@Suite("Entity recognition")
struct EntityRecognitionTests {
    /// The entity each mention was resolved to, by mention text.
    private func entityNames(in text: String) throws -> [String: String] {
        Dictionary(try entityMentions(in: [text])[0].map { ($0.text, $0.entity) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Capitals that say nothing

    @Test func aPlaceOpeningASentenceIsStillAPlace() throws {
        let names = try typedNames(in: "Tehran rejected the offer on Monday.")
        #expect(names == ["Tehran/place"])
    }

    @Test(arguments: ["Yesterday the talks resumed after a pause.", "However, nothing was agreed.", "Despite the rain, crowds gathered.",
                      "Fortunately, the rain stopped.", "Predictably, the vote was delayed."])
    func anOrdinaryWordOpeningASentenceIsNoName(_ sentence: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == [])
    }

    @Test(arguments: [("Negotiators returned to Vienna on Monday.", ["Vienna/place"]),
                      ("Analysts in Baku were cautious.", ["Baku/place"]),
                      ("Williams returned to Vienna on Monday.", ["Williams/person", "Vienna/place"])])
    func thePluralOfAnOrdinaryWordOpeningASentenceIsNoName(_ sentence: String, expected: [String]) throws {
        #expect(try typedNames(in: sentence) == expected)
    }

    @Test func weekdaysInThePluralAreNoNames() throws {
        let names = try typedNames(in: "The bus to the school in Bristol ran on Mondays and Fridays only, and on Sundays not at all.")
        #expect(names == ["Bristol/place"])
    }

    @Test func theFirstWordOfASeasNameUsedAsAnAdjectiveIsNoName() throws {
        #expect(try typedNames(in: "Gas flows from the Caspian coast to the Black Sea.") == ["Black Sea/place"])
        #expect(try typedNames(in: "Ships crossed the Caspian Sea.") == ["Caspian Sea/place"])
    }

    @Test func anOrdinaryWordBeforeANameAtTheStartIsDropped() throws {
        let names = try typedNames(in: "Yesterday Moscow announced new tariffs.")
        #expect(names == ["Moscow/place"])
    }

    @Test(arguments: [
        ("Iran And Russia Sign Gas Deal", ["Iran/place", "Russia/place"]),
        ("IRAN AND RUSSIA SIGN GAS DEAL", ["IRAN/place", "RUSSIA/place"]),
    ])
    func aHeadlineGivesOnlyItsNames(_ headline: String, expected: [String]) throws {
        let names = try typedNames(in: headline + "\n\nThe two countries agreed on prices after months of talks.")
        #expect(names == expected)
    }

    @Test func anAllCapitalsNameIsNamedAsUsuallyWritten() throws {
        #expect(try entityNames(in: "IRAN AND RUSSIA SIGN GAS DEAL\n\nPrices were agreed.")["IRAN"] == "Iran")
    }

    @Test func aHeadingInSentenceCaseKeepsItsNames() throws {
        let names = try typedNames(in: "Farmers protest outside Kessler Foundation offices\n\nThe protest was peaceful.")
        #expect(names == ["Kessler Foundation/organization"])
    }

    @Test(arguments: ["Growth in GDP slowed as MPs debated the cost of USB chargers.", "The Briton finished second.",
                      "Speeds reach 8 Mbps at 10:00 GMT.", "I do NOT think it was ANY good."])
    func ordinaryWordsInCapitalsAndNationalityNounsAreNoNames(_ sentence: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == [])
    }

    @Test func anOrdinaryWordCapitalisedInsideASentenceIsANameUnlessAfterAnArticle() throws {
        let names = try typedNames(in: "The network is run by Sprint, the mobile operator, and MPs will vote on the Bill.")
        #expect(names == ["Sprint/organization"])
    }

    @Test func textWithoutCapitalsHasNoNames() throws {
        let names = try typedNames(in: "the talks resumed after a long pause and nothing was agreed by anyone in the room.")
        #expect(names == [])
    }

    // MARK: Shapes of names

    @Test(arguments: ["Iran’s navy held drills near the strait.", "Iran's navy held drills near the strait."])
    func aPossessiveIsLeftOut(_ sentence: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == ["Iran/place"])
    }

    @Test(arguments: [
        ("Moscow will lend Tehran 1.3bn euros for the line.", ["Moscow/place", "Tehran/place"]),
        ("He told Radio 4's listeners about it.", ["Radio 4/organization"]),
    ])
    func aNumberJoinsANameOnlyWhenItStandsAlone(_ sentence: String, expected: [String]) throws {
        let names = try typedNames(in: sentence)
        #expect(names == expected)
    }

    @Test func aCapitalisedTheInsideASentenceOpensATitle() throws {
        let names = try typedNames(in: "Critics loved The Quiet Orchard, which opens next week.")
        #expect(names == ["The Quiet Orchard/other"])
    }

    @Test(arguments: [
        ("Williams' song", [NameToken.Kind.word, .possessive, .word]),
        ("the 'Angels' song", [.word, .punctuation, .word, .punctuation, .word]),
    ])
    func anApostropheAfterAnSIsAPossessiveOutsideQuotes(_ text: String, kinds: [NameToken.Kind]) {
        #expect(NameTokenizer.tokens(of: Array(text.unicodeScalars)).map(\.kind) == kinds)
    }

    @Test func whatAPersonNamedInFullOwnsIsAWork() throws {
        let names = try typedNames(in: "Critics praised Laura Simmons' Hollow Morning, which sold well.")
        #expect(names == ["Laura Simmons/person", "Hollow Morning/other"])
    }

    @Test func aCapitalisedPronounOrAuxiliaryInsideANameMakesATitle() throws {
        let names = try typedNames(in: "The band closed with Maria Tell Me Now and a cover of an old hit.")
        #expect(names == ["Maria Tell Me Now/other"])
    }

    @Test func aLowercasePrefixBeforeANameIsLeftOut() throws {
        let names = try typedNames(in: "The ex-ITN presenter spoke at an anti-NATO rally during the post-World Cup slump.")
        #expect(names == ["ITN/organization", "NATO/organization", "World Cup/other"])
    }

    @Test func aHyphenatedFirstNameIsPartOfOnePerson() throws {
        let names = try typedNames(in: "The envoy met Ali-Akbar Velayati in the capital.")
        #expect(names == ["Ali-Akbar Velayati/person"])
    }

    @Test(arguments: [
        ("Historians compare it with the expanding Ottoman Empire.", ["Ottoman Empire/place"]),
        ("They remember how later Soviet Russia occupied the north.", ["Soviet Russia/place"]),
        ("Officials praised Russian-Iranian cooperation on Tuesday.", []),
        ("Ties are reaching a new level’ In addition, Russia launched a satellite.", ["Russia/place"]),
    ])
    func empiresErasAndPairsOfNationalitiesAreNoPeople(_ sentence: String, expected: [String]) throws {
        #expect(try typedNames(in: sentence) == expected)
    }

    @Test func twoCountriesJoinedByAHyphenAreTwoPlaces() throws {
        let names = try typedNames(in: "Analysts say Iran-Russia relations have deepened.")
        #expect(names == ["Iran/place", "Russia/place"])
    }

    @Test(arguments: [
        ("The talks were hosted by Bashar al-Assad last week.", "Bashar al-Assad"),
        ("Officials said Osama bin Laden had been hiding there.", "Osama bin Laden"),
        ("The goal was scored by Pieter van der Berg after the break.", "Pieter van der Berg"),
        ("The plan was presented by Ursula von der Leyen on Tuesday.", "Ursula von der Leyen"),
    ])
    func particlesBelongToPersonalNames(_ sentence: String, name: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == ["\(name)/person"])
    }

    @Test(arguments: [
        ("The proposal was welcomed by President Tomas Varga.", "Tomas Varga"),
        ("The visit was led by Foreign Minister Sergei Lavrov.", "Sergei Lavrov"),
        ("The drills were ordered by Gen. Mohammad Bagheri.", "Mohammad Bagheri"),
        ("The unit is commanded by Maj. Gen. Hossein Salami.", "Hossein Salami"),
        ("The speech was given by Ayatollah Ali Khamenei.", "Ali Khamenei"),
        ("The fleet is led by Admiral Shahram Irani.", "Shahram Irani"),
        ("The letter was signed by Secretary of State Antony Blinken.", "Antony Blinken"),
    ])
    func titlesAreLeftOutAndMakeAPerson(_ sentence: String, name: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == ["\(name)/person"])
    }

    @Test func aPortfolioBeforeMinisterIsPartOfTheTitle() throws {
        let names = try typedNames(in: "The poll was defended by Constitutional Affairs Minister Chris Leslie.")
        #expect(names == ["Chris Leslie/person"])
    }

    @Test func aPersonNamedInFullBeforeAndIsANameOfTheirOwn() throws {
        let names = try typedNames(in: "The list included Kate Bush and Joy Division.")
        #expect(names == ["Kate Bush/person", "Joy Division/organization"])
    }

    @Test func aNationalityNounBeforeAPersonIsLeftOut() throws {
        let names = try typedNames(in: "The award went to Briton Clive Owen last night.")
        #expect(names == ["Clive Owen/person"])
    }

    @Test func aWordThatOnlyModifiesTitlesStaysInAnOrganisationName() throws {
        let names = try typedNames(in: "Investors need clearance from the Foreign Investment Promotion Board first.")
        #expect(names == ["Foreign Investment Promotion Board/organization"])
    }

    @Test func aTitleMakesAnUnfamiliarSurnameAPerson() throws {
        let names = try typedNames(in: "The decision was defended by Minister Kavroulas.")
        #expect(names == ["Kavroulas/person"])
    }

    @Test(arguments: [
        "the Atomic Energy Agency", "the Security Council", "the Caspian Shipping Company", "the Eurasian Economic Union",
        "the Shanghai Cooperation Organization", "the Ministry of Defence", "the Olympic Committee", "the Central Bank",
    ])
    func anOrganisationHeadMakesAnOrganisation(_ name: String) throws {
        let bare = String(name.dropFirst(4))
        let names = try typedNames(in: "The report was published by \(name) on Friday.")
        #expect(names == ["\(bare)/organization"])
    }

    @Test func twoOrganisationsJoinedByAndAreTwo() throws {
        let names = try typedNames(in: "The deal was signed by the Central Bank and Rosneft Company on Friday.")
        #expect(names == ["Central Bank/organization", "Rosneft Company/organization"])
    }

    @Test func anAndInsideOneNameStays() throws {
        let names = try typedNames(in: "The ruling came from the Securities and Exchange Commission.")
        #expect(names == ["Securities and Exchange Commission/organization"])
    }

    // MARK: Context

    @Test func aNameBeforeASpeechVerbIsAPerson() throws {
        let names = try typedNames(in: "The market will recover, Talvorsen said.")
        #expect(names == ["Talvorsen/person"])
    }

    @Test func aSpeechVerbAfterAnUnfamiliarWordDoesNotOutweighQuotes() throws {
        let names = try typedNames(in: "Fans voted for 'Starlings' again. Starlings adds nothing new to the genre.")
        #expect(names == ["Starlings/other", "Starlings/other"])
    }

    @Test func anUnknownNameAfterInIsAPlace() throws {
        let names = try typedNames(in: "The delegation stayed in Qarvesh for two days.")
        #expect(names == ["Qarvesh/place"])
    }

    @Test(arguments: [
        ("The deal lifted shares in gas producer Velmora.", "Velmora/organization"),
        ("The figures surprised analyst Oskar Brandvold.", "Oskar Brandvold/person"),
        ("Critics panned the film Silent Harbour.", "Silent Harbour/other"),
        ("Fighting spread to the town of Qarvesh.", "Qarvesh/place"),
    ])
    func aDescribingNounTypesTheName(_ sentence: String, name: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == [name])
    }

    @Test(arguments: [
        ("Shares in Tarvik Air, the low-cost carrier based near the coast, rose.", "Tarvik Air/organization"),
        ("The plan was criticised by Hamid Kazemi, an economist at the bank.", "Hamid Kazemi/person"),
        ("The deal was signed by Ingrid Varga, the company's chief executive.", "Ingrid Varga/person"),
    ])
    func anAppositionTypesTheNameBeforeIt(_ sentence: String, name: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == [name])
    }

    @Test func aNameOwnedByAnotherAndFollowedByAProductNounIsAProduct() throws {
        let names = try typedNames(in: "The phone runs Google's Orbix software.")
        #expect(names == ["Google/organization", "Orbix/other"])
    }

    @Test func aModelLetterOrCodeMakesAProduct() throws {
        let names = try typedNames(in: "Buyers compared the Galaxy Z Fold with the Airbus A321neo cabin.")
        #expect(names == ["Galaxy Z Fold/other", "Airbus A321neo/other"])
    }

    @Test(arguments: [
        ("The film earned three Oscar nominations this year.", "Oscar/other"),
        ("The Oscar-winning director was there.", "Oscar/other"),
        ("A Velmora spokesman declined to comment.", "Velmora/organization"),
        ("A Tony Blair spokesman declined to comment.", "Tony Blair/person"),
        ("The Beverly Hills ceremony was cancelled.", "Beverly Hills/place"),
        ("She won Olympic gold twice.", "Olympic/other"),
        ("A Jupiter analyst said sales would grow.", "Jupiter/organization"),
        ("She won two Golden Globe awards.", "Golden Globe/other"),
    ])
    func aNounAfterTheNameTypesIt(_ sentence: String, name: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == [name])
    }

    @Test func aNounOfOrganisationsAfterAPlaceLeavesItAPlace() throws {
        #expect(try typedNames(in: "Voters heard from the Kirkcaldy MP on Friday.") == ["Kirkcaldy/place"])
    }

    @Test(arguments: [("The Vantor 3 console goes on sale in May.", "Vantor 3/other"), ("The airline filed for Chapter 11 protection.", "Chapter 11/other")])
    func aNameWithANumberIsAModelOrAClause(_ sentence: String, name: String) throws {
        #expect(try typedNames(in: sentence) == [name])
    }

    @Test func aCountOpeningANameMakesACompetition() throws {
        #expect(try typedNames(in: "Italy joined the Six Nations after years of waiting.").contains("Six Nations/other"))
    }

    @Test func aCompetitionNamedByItsHeadAloneIsOther() throws {
        #expect(try typedNames(in: "They were promoted to the Championship last season.") == ["Championship/other"])
    }

    @Test(arguments: [("He told BBC Sport he was fit.", "BBC Sport/organization"), ("The album by PJ Harvey sold well.", "PJ Harvey/person")])
    func anAcronymOpeningANameMakesAnOrganisationUnlessInitialsOfAPerson(_ sentence: String, name: String) throws {
        #expect(try typedNames(in: sentence) == [name])
    }

    @Test func aLoneSurnameWithNothingElseToGoOnIsNoPerson() throws {
        #expect(try typedNames(in: "Investors wondered what Siemens would do next.") == ["Siemens/organization"])
    }

    @Test func guessesAgreeOnTheTypeMostOfThemBack() throws {
        let names = try typedNames(in: "Many joined Corvex last year. Critics of Corvex complained. Few stayed in Corvex.")
        #expect(names == ["Corvex/organization", "Corvex/organization", "Corvex/organization"])
    }

    @Test func anEnglishWordThatIsNoSurnameDoesNotEndAPersonalName() throws {
        let names = try typedNames(in: "Tickets for the Golden Globes sold out, and fans of Robin Hood queued.")
        #expect(!names.contains("Golden Globes/person"))
        #expect(names.contains("Robin Hood/person"))
    }

    // MARK: Groups

    @Test(arguments: [("Harriet Vane are recording a new album.", "Harriet Vane/organization"),
                      ("The band said Velvet Cortex were tired of touring.", "Velvet Cortex/organization")])
    func aPluralVerbAfterASingularNameMakesAGroup(_ sentence: String, name: String) throws {
        #expect(try typedNames(in: sentence) == [name])
    }

    @Test func aCountryWithAPluralVerbIsATeam() throws {
        let found = try entityMentions(in: ["France were the better side all evening."])[0]
        #expect(found.map { "\($0.text)/\($0.type.rawValue)" } == ["France/organization"])
        #expect(found.first?.entity == "France (team)")
    }

    @Test(arguments: ["Houses in Britain have risen in price.", "Harriet Vane and Peter Wimsey are friends."])
    func aNameThatIsNotTheSubjectKeepsItsType(_ sentence: String) throws {
        #expect(try typedNames(in: sentence).allSatisfy { !$0.hasSuffix("/organization") })
    }

    @Test func theHeadBeforeOfTypesTheName() throws {
        let names = try typedNames(in: "The Bank of Valdoria raised rates, and ships crossed the Gulf of Oman.")
        #expect(names == ["Bank of Valdoria/organization", "Gulf of Oman/place"])
    }

    @Test func sidesOfAMatchAreTeams() throws {
        let found = try entityMentions(in: ["Wales beat France 24-18 in Cardiff on Saturday."])[0]
        #expect(found.map { "\($0.text)/\($0.type.rawValue)" } == ["Wales/organization", "France/organization", "Cardiff/place"])
        #expect(found.first?.entity == "Wales (team)")
    }

    @Test func inAReportOnATeamSportCountriesAreTeamsExceptWhereThingsHappen() throws {
        let names = try typedNames(in: """
            The coach has named his squad for the match against Scotland. The side will train in Edinburgh, and the \
            flanker who scored twice is fit.
            """)
        #expect(names == ["Scotland/organization", "Edinburgh/place"])
    }

    @Test func outsideSportACountryStaysAPlace() throws {
        let names = try typedNames(in: "The new budget for Scotland was criticised by the side that lost the vote.")
        #expect(names == ["Scotland/place"])
    }

    // MARK: Demonyms

    @Test(arguments: ["Iranian officials met the visitors.", "The economy suffered under Western sanctions.",
                      "The army still uses Soviet-era tanks.", "The new rules worried European and Asian exporters.",
                      "Twelve Britons were among the passengers.", "Roman Catholic groups and Muslims protested."])
    func demonymsAreNoMentions(_ sentence: String) throws {
        let names = try typedNames(in: sentence)
        #expect(names == [])
    }

    @Test func aRegionalDemonymOpensTheNameOfABody() throws {
        let names = try typedNames(in: "Eurasian Economic Union members met in the capital.")
        #expect(names == ["Eurasian Economic Union/organization"])
    }

    @Test func aDemonymBeforeATitleIsLeftOut() throws {
        let names = try typedNames(in: "The offer was rejected by Russian President Vladimir Putin.")
        #expect(names == ["Vladimir Putin/person"])
    }

    // MARK: Other names

    @Test func anAgreementIsOther() throws {
        let names = try typedNames(in: "Both sides still back the Joint Comprehensive Plan of Action, diplomats said.")
        #expect(names == ["Joint Comprehensive Plan of Action/other"])
    }

    @Test(arguments: ["Su-35", "S-400"])
    func aModelNameIsOther(_ model: String) throws {
        let names = try typedNames(in: "The air force has ordered more \(model) units this year.")
        #expect(names == ["\(model)/other"])
    }

    @Test func aModelNameAfterADemonymIsOther() throws {
        let names = try typedNames(in: "The deal includes Russian Su-35 fighter jets.")
        #expect(names == ["Su-35/other"])
    }

    @Test(arguments: ["the Cold War", "the Belt and Road Initiative", "the Paris Agreement"])
    func warsInitiativesAndAgreementsAreOther(_ name: String) throws {
        let names = try typedNames(in: "Much has changed since \(name), he said.")
        #expect(names == ["\(name.dropFirst(4))/other"])
    }
}
