import Testing
@testable import DossierIndex

@Suite("Document date inference")
struct DocumentDateInferenceTests {
    @Test func theLatestDateReportedInThePast() throws {
        let document = try load("""
            The company was founded on March 3, 1998. It opened its first shop in June 2021.
            On 14 February 2024, the board approved the sale. The deal will close on June 30, 2024.
            """)
        #expect(DocumentDateInference.date(of: document) == "2024-02-14")
    }

    @Test func aMonthWhenNoFullDateIsReported() throws {
        let document = try load("Shares fell in October 2023 after the results. Analysts expect a recovery in 2025.")
        #expect(DocumentDateInference.date(of: document) == "2023-10")
    }

    @Test func futureDatesDoNotDateTheText() throws {
        let document = try load("The summit will be held on September 9, 2030. Leaders will meet again in 2031.")
        #expect(DocumentDateInference.date(of: document) == nil)
    }

    @Test func aYearNamedAsLastYearMovesTheDateOn() throws {
        let document = try load("""
            The plant was closed in November 2022. Last year's 2023 figures showed output fell by half.
            """)
        #expect(DocumentDateInference.date(of: document) == "2024")
    }

    @Test func aYearNamedAsThisYearConfirmsALaterReportedDate() throws {
        let document = try load("""
            Exports rose this year (2023), the ministry said. The figures were published on 12 May 2023.
            """)
        #expect(DocumentDateInference.date(of: document) == "2023-05-12")
    }

    @Test func aYearJoinedByCommaAndInDatesTheText() throws {
        let document = try load("Next year, in 2025, the plant will reopen. It closed in March 2023.")
        #expect(DocumentDateInference.date(of: document) == "2024")
    }

    @Test func aYearFurtherOnIsNotTheYearOfThePhrase() throws {
        let document = try load("Sales grew this year, and the firm expects to double them by 2030. The plant closed in March 2023.")
        #expect(DocumentDateInference.date(of: document) == "2023-03")
    }

    @Test func nothingToGoOn() throws {
        #expect(DocumentDateInference.date(of: try load("The weather was pleasant and the talks went well.")) == nil)
        #expect(DocumentDateInference.date(of: try load("Prices rose last year and fell on Friday.")) == nil)
    }

    @Test func aDeadlineOrTargetIsNoEvidence() throws {
        let document = try load("""
            Sales fell in March 2004, the firm said. Rich countries have said they want to raise aid to 0.7% by 2015.
            The target for 2010 was missed, and the forecast for 2006 was cut.
            """)
        #expect(DocumentDateInference.date(of: document) == "2004-03")
    }

    @Test func aYearAloneIsTooLittleEvidence() throws {
        #expect(DocumentDateInference.date(of: try load("The phone company collapsed in 2002 and prosecutors claim losses were hidden.")) == nil)
    }

    @Test func aLaterYearStillMovesAReportedMonthOn() throws {
        let document = try load("The plant closed in March 2021. Output recovered in 2023, the ministry said.")
        #expect(DocumentDateInference.date(of: document) == "2023")
    }

    @Test(arguments: [
        ("Storm closes ports\n\nMonday, 24 January 2022\n\nThe storm closed every port on the coast in 1987.", "2022-01-24"),
        ("Storm closes ports\n\nBy Jane Smith, 3 May 2021\n\nThe storm closed every port on the coast.", "2021-05-03"),
        ("Storm closes ports\n\nThe storm closed every port.\n\nMore text here.\n\nAnd more.\n\nPublished: January 24, 2020.", "2020-01-24"),
    ])
    func aDatelineDatesTheDocument(_ text: String, _ date: String) throws {
        #expect(try load(text).metadata.date == date)
    }

    @Test func aSentenceWithADateIsNoDateline() throws {
        #expect(try load("Storm closes ports\n\nThe war ended on 8 May 1945.\n\nThe storm closed every port.").metadata.date == nil)
    }
}
