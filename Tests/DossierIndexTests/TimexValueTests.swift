import Foundation
import Testing
@testable import DossierIndex

@Suite("TIMEX3 values")
struct TimexValueTests {
    /// Days since 1970-01-01 of an ISO day.
    private func day(_ iso: String) -> Int {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return Int(formatter.date(from: iso)!.timeIntervalSince1970 / 86_400)
    }

    @Test(arguments: [
        ("2024-01-24", nil, "2024-01-24", "2024-01-24"),
        ("2024-02", nil, "2024-02-01", "2024-02-29"),
        ("2023", nil, "2023-01-01", "2023-12-31"),
        ("2022-H2", nil, "2022-07-01", "2022-12-31"),
        ("2024-Q1", nil, "2024-01-01", "2024-03-31"),
        ("2021-SU", nil, "2021-06-01", "2021-08-31"),
        ("2023-WI", nil, "2023-12-01", "2024-02-29"),
        ("199", nil, "1990-01-01", "1999-12-31"),
        ("15", nil, "1500-01-01", "1599-12-31"),
        ("2024-W03", nil, "2024-01-15", "2024-01-21"),
        ("2020-W53", nil, "2020-12-28", "2021-01-03"),
        ("2023-W29-WE", nil, "2023-07-22", "2023-07-23"),
        ("2024-01-24T15:00", nil, "2024-01-24", "2024-01-24"),
        ("0866", nil, "0866-01-01", "0866-12-31"),
        ("2023", TimexModifier.start, "2023-01-01", "2023-05-01"),
        ("2023", .mid, "2023-05-02", "2023-09-01"),
        ("2023", .end, "2023-09-02", "2023-12-31"),
        ("200", .start, "2000-01-01", "2003-05-01"),
    ] as [(String, TimexModifier?, String, String)])
    func daysCovered(value: String, modifier: TimexModifier?, first: String, last: String) throws {
        let parsed = try #require(TimexValue(value, modifier: modifier))
        #expect(parsed.firstDay == day(first))
        #expect(parsed.lastDay == day(last))
    }

    @Test(arguments: ["", "PAST_REF", "P3Y", "2024-13", "2024-02-30", "2024-Q5", "2024-H3", "2021-W53", "2024-01-24T25:00", "12345", "2024-XX"])
    func nonDatesAreRejected(_ value: String) {
        #expect(TimexValue(value) == nil)
    }

    @Test(arguments: [
        ("2022-07-19", nil, "2022-07-19"), ("2022-07", nil, "Jul 2022"), ("2022", nil, "2022"), ("2024-Q1", nil, "Q1 2024"),
        ("2022-H2", nil, "H2 2022"), ("2021-SU", nil, "summer 2021"), ("199", nil, "1990s"), ("200", TimexModifier.start, "early 2000s"),
        ("15", .end, "late 16th c."), ("20", nil, "21st c."), ("2023", .mid, "mid-2023"), ("2024-W03", nil, "week 3 2024"),
        ("2024-01-24T15:00", nil, "2024-01-24 15:00"),
    ] as [(String, TimexModifier?, String)])
    func display(value: String, modifier: TimexModifier?, text: String) throws {
        #expect(try #require(TimexValue(value, modifier: modifier)).display == text)
    }

    @Test func ordersByFirstDayThenNarrowerFirst() {
        let values = [("2022", nil), ("199", nil), ("2022-07-19", nil), ("2022-H2", nil), ("2022-07", nil), ("2022", TimexModifier.end),
                      ("2022-Q3", nil), ("2021-12-31", nil)] as [(String, TimexModifier?)]
        let sorted = values.compactMap { TimexValue($0.0, modifier: $0.1) }.sorted().map(\.display)
        #expect(sorted == ["1990s", "2021-12-31", "2022", "Jul 2022", "Q3 2022", "H2 2022", "2022-07-19", "late 2022"])
    }

    @Test func equalValuesCompareEqual() {
        #expect(TimexValue("2022-H2") == TimexValue("2022-H2"))
        #expect(TimexValue("2022", modifier: .end) != TimexValue("2022"))
    }
}
