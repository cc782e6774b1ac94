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
}
