import Testing
@testable import DossierIndex

/// Which mentions extraction ties to one entity, within a document and across documents, and
/// which it must keep apart.
@Suite("Entity aliases")
struct EntityAliasTests {
    /// The entity of every mention of each document, by mention text ("Raisi" → "Ebrahim Raisi").
    private func entities(in texts: [String]) throws -> [[String: Set<String>]] {
        try entityMentions(in: texts).map { mentions in
            Dictionary(grouping: mentions, by: \.text).mapValues { Set($0.map(\.entity)) }
        }
    }

    private func entities(in text: String) throws -> [String: Set<String>] {
        try entities(in: [text])[0]
    }

    // MARK: Merges within a document

    @Test func anAcronymAfterItsExpansionNamesIt() throws {
        let found = try entityMentions(in: ["""
            Both sides back the Joint Comprehensive Plan of Action (JCPOA). Critics say the JCPOA is weak.
            """])[0]
        #expect(found.map(\.text) == ["Joint Comprehensive Plan of Action", "JCPOA", "JCPOA"])
        #expect(Set(found.map(\.entity)) == ["Joint Comprehensive Plan of Action"])
        #expect(Set(found.map(\.type)) == [.other])
    }

    @Test func anExpansionAfterItsAcronymNamesIt() throws {
        let found = try entities(in: "Armenia has joined the EAEU (Eurasian Economic Union). The EAEU will meet in May.")
        #expect(found["EAEU"] == ["Eurasian Economic Union"])
        #expect(found["Eurasian Economic Union"] == ["Eurasian Economic Union"])
    }

    @Test func anAcronymOfANameSeenBeforeNamesIt() throws {
        let found = try entities(in: "The Shanghai Cooperation Organization met in June. Later the SCO admitted a new member.")
        #expect(found["SCO"] == ["Shanghai Cooperation Organization"])
    }

    @Test func laterShortFormsNameTheFullPerson() throws {
        let found = try entityMentions(in: ["""
            Ebrahim Raisi arrived in Moscow on Tuesday. Raisi met ministers there. President Raisi said the visit \
            went well, and Raisi’s aides agreed.
            """])[0].filter { $0.type == .person }
        #expect(found.map(\.text) == ["Ebrahim Raisi", "Raisi", "Raisi", "Raisi"])
        #expect(Set(found.map(\.entity)) == ["Ebrahim Raisi"])
    }

    @Test func aFirstNameAloneNamesTheOnePersonWithIt() throws {
        let found = try entities(in: "Robbie Williams sang first. Fans said the track Robbie chose was the best of the night.")
        #expect(found["Robbie"] == ["Robbie Williams"])
    }

    @Test func aCountryIsOneEntityUnderEveryName() throws {
        let found = try entities(in: "The United States imposed new duties. The US says they are fair, and U.S. firms agree.")
        #expect(found["United States"] == ["United States"])
        #expect(found["US"] == ["United States"])
        #expect(found["U.S."] == ["United States"])
    }

    // MARK: Merges across documents

    @Test(arguments: [("Ebrahim Raisi", "Ibrahim Raisi"), ("Mohammad Bagheri", "Muhammad Bagheri")])
    func spellingVariantsOfOnePersonMerge(_ first: String, _ second: String) throws {
        let found = try entities(in: ["\(first) spoke to reporters on Monday.", "The plan was announced by \(second) on Friday."])
        #expect(found[0][first] != nil)
        #expect(found[0][first] == found[1][second])
    }

    @Test(arguments: [("Tehran", "Teheran"), ("Kyiv", "Kiev")])
    func spellingVariantsOfOneCityMerge(_ usual: String, _ variant: String) throws {
        let found = try entities(in: ["The delegation flew to \(usual) on Monday.", "The delegation flew to \(variant) on Friday."])
        #expect(found[0][usual] == [usual])
        #expect(found[1][variant] == [usual])
    }

    @Test func aTitledSurnameInAnotherDocumentOnTheSameSubjectJoinsTheOnePersonOfThatName() throws {
        let found = try entities(in: ["Talks with the Nordvik Shipping Group were led by Amira Haddad on Monday.",
                                      "The Nordvik Shipping Group talks failed, Ms Haddad said."])
        #expect(found[1]["Haddad"] == ["Amira Haddad"])
    }

    // MARK: What must stay apart

    @Test func aBareSurnameInAnotherDocumentStaysApart() throws {
        let found = try entities(in: ["Talks with the Nordvik Shipping Group were led by Amira Haddad on Monday.",
                                      "The Nordvik Shipping Group talks failed, Haddad said."])
        #expect(found[1]["Haddad"]?.contains("Amira Haddad") == false)
    }

    @Test func aTitledSurnameWithNothingInCommonStaysApart() throws {
        let found = try entities(in: ["Talks with the Nordvik Shipping Group were led by Amira Haddad on Monday.",
                                      "The film was shot in Lisbon, Mr Haddad said."])
        #expect(found[1]["Haddad"]?.contains("Amira Haddad") == false)
    }

    @Test func aSurnameOpeningACompanysNameIsNotAPersonElsewhere() throws {
        let found = try entities(in: ["Shares in Time Warner rose. Time Warner said on Friday that profits rose.", "Tim Warner spoke at the dinner."])
        #expect(found[0]["Time Warner"] == ["Time Warner"])
        #expect(found[0]["Warner"] == nil)
    }

    @Test func aFirstNameWithATitleIsSomeoneElse() throws {
        let found = try entities(in: "Charles Kennedy spoke first. Later Prince Charles opened the hall.")
        #expect(found["Charles"]?.contains("Charles Kennedy") == false)
    }

    @Test func aSurnameSharedByTwoPeopleJoinsNeither() throws {
        let found = try entities(in: ["Laura Bush opened the library on Monday.", "George Bush spoke at the dinner.",
                                      "Later, Bush said the evening had been a success."])
        #expect(found[0]["Laura Bush"] == ["Laura Bush"])
        #expect(found[1]["George Bush"] == ["George Bush"])
        #expect(found[2]["Bush"]?.isDisjoint(with: ["Laura Bush", "George Bush"]) != false)
    }

    @Test func similarGivenNamesOfDifferentPeopleStayApart() throws {
        let found = try entities(in: ["Daniel Smith won the race on Sunday.", "Danielle Smith chaired the meeting."])
        #expect(found[0]["Daniel Smith"] == ["Daniel Smith"])
        #expect(found[1]["Danielle Smith"] == ["Danielle Smith"])
    }

    @Test func anAcronymDefinedTwoWaysStaysWithEachDefinition() throws {
        let found = try entities(in: [
            "Farmers lobbied the European Union (EU) for years. The EU finally agreed.",
            "Students at the European University (EU) went on strike. The EU closed its library.",
            "The EU has not commented.",
        ])
        #expect(found[0]["EU"] == ["European Union"])
        #expect(found[1]["EU"] == ["European University"])
        #expect(found[2]["EU"]?.isDisjoint(with: ["European Union", "European University"]) != false)
    }

    @Test func anAcronymBeforeAnyFullNameIsNotTiedToIt() throws {
        let found = try entities(in: "The PTA has opened an inquiry. Separately, the Pacific Tuna Authority set new quotas.")
        #expect(found["Pacific Tuna Authority"] == ["Pacific Tuna Authority"])
        #expect(found["PTA"]?.contains("Pacific Tuna Authority") != true)
    }
}
