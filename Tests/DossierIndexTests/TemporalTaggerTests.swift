import Testing
@testable import DossierIndex

/// The expressions tagged in `sentence`, as (text, value) pairs.
private func tagged(_ sentence: String, on documentDate: String? = "2024-01-24") -> [Pair] {
    TemporalTagger().expressions(in: sentence, documentDate: documentDate).map { Pair($0.text, $0.value) }
}

/// A tagged expression reduced to what most tests check.
private struct Pair: Equatable, CustomStringConvertible {
    var text: String
    var value: String
    init(_ text: String, _ value: String) {
        self.text = text
        self.value = value
    }
    var description: String { "\(text) => \(value)" }
}

@Suite("Temporal tagger: absolute dates")
struct TemporalTaggerAbsoluteTests {
    @Test(arguments: [
        ("The deal was signed on January 24, 2024.", "January 24, 2024"),
        ("The deal was signed on 24 January 2024.", "24 January 2024"),
        ("The deal was signed on Jan. 24, 2024.", "Jan. 24, 2024"),
        ("The deal was signed on 2024-01-24.", "2024-01-24"),
        ("The deal was signed on 24/01/2024.", "24/01/2024"),
        ("The deal was signed on 01/24/2024.", "01/24/2024"),
        ("The deal was signed on January 24th, 2024.", "January 24th, 2024"),
        ("The deal was signed on the 24th of January 2024.", "the 24th of January 2024"),
    ])
    func fullDates(sentence: String, text: String) {
        #expect(tagged(sentence, on: nil) == [Pair(text, "2024-01-24")])
    }

    @Test func numericDatesWhoseDayAndMonthCouldSwapAreLeftOut() {
        #expect(tagged("The deal was signed on 05/06/2024.").isEmpty)
    }

    @Test(arguments: [
        ("Prices peaked in October 2023.", "October 2023", "2023-10"),
        ("Prices peaked in Oct. 2023.", "Oct. 2023", "2023-10"),
        ("Prices peaked in October of 2023.", "October of 2023", "2023-10"),
        ("The plan failed in 2019.", "2019", "2019"),
        ("Exports have fallen since 2015.", "2015", "2015"),
        ("The target must be met by 2030.", "2030", "2030"),
        ("2019's harvest was poor.", "2019", "2019"),
        ("2020, however, was worse.", "2020", "2020"),
        ("The 2015 nuclear deal collapsed.", "2015", "2015"),
        ("Disney's 1964 film was a hit.", "1964", "1964"),
        ("The city was captured in 866 and held for a while.", "866", "0866"),
    ])
    func monthsAndYears(sentence: String, text: String, value: String) {
        #expect(tagged(sentence, on: nil) == [Pair(text, value)])
    }

    @Test func listsOfYearsCarryTheirContext() {
        #expect(tagged("He won titles between 2003 and 2009.", on: nil) == [Pair("2003", "2003"), Pair("2009", "2009")])
    }

    @Test func weekdayBeforeADateJoinsIt() {
        #expect(tagged("Talks resume on Friday, January 26, 2024.", on: nil) == [Pair("Friday, January 26, 2024", "2024-01-26")])
    }
}

@Suite("Temporal tagger: parts, halves, quarters, seasons, decades, centuries")
struct TemporalTaggerPeriodTests {
    @Test(arguments: [
        ("Output will recover by mid-2023.", "mid-2023", "2023", TimexModifier.mid),
        ("Output will recover by late 2023.", "late 2023", "2023", .end),
        ("Output fell in early August 2022.", "early August 2022", "2022-08", .start),
        ("Work stops at the end of 2026.", "the end of 2026", "2026", .end),
        ("The hall dates from the late 16th century.", "the late 16th century", "15", .end),
        ("Growth slowed in the early 2000s.", "the early 2000s", "200", .start),
        ("Records began in the mid-19th century.", "the mid-19th century", "18", .mid),
    ])
    func partsOfPeriods(sentence: String, text: String, value: String, modifier: TimexModifier) {
        let found = TemporalTagger().expressions(in: sentence, documentDate: nil)
        #expect(found.map(\.text) == [text])
        #expect(found.first?.value == value)
        #expect(found.first?.modifier == modifier)
    }

    @Test(arguments: [("2019-05-02", "2019"), ("2024-01-10", "2024")])
    func partOfARelativeYear(documentDate: String, year: String) {
        let found = TemporalTagger().expressions(in: "Prices rose early this year.", documentDate: documentDate)
        #expect(found.map(\.text) == ["early this year"])
        #expect(found.first?.value == year)
        #expect(found.first?.modifier == .start)
    }

    @Test(arguments: [
        ("Sales will fall in the second half of 2022.", "the second half of 2022", "2022-H2"),
        ("Sales fell in the first quarter of 2024.", "the first quarter of 2024", "2024-Q1"),
        ("Sales fell in Q3 2023.", "Q3 2023", "2023-Q3"),
        ("The album came out in summer 2021.", "summer 2021", "2021-SU"),
        ("Elections are due in the summer of 2025.", "the summer of 2025", "2025-SU"),
        ("Wheat was sown in autumn 2020.", "autumn 2020", "2020-FA"),
        ("The city boomed in the 1990s.", "the 1990s", "199"),
        ("The city boomed in the '90s.", "the '90s", "199"),
        ("The city boomed in the nineties.", "the nineties", "199"),
        ("Trade grew in the 1800s.", "the 1800s", "18"),
        ("The abbey dates from the 12th century.", "the 12th century", "11"),
        ("Cities grew in the twenty-first century.", "the twenty-first century", "20"),
    ])
    func halvesQuartersSeasonsDecadesCenturies(sentence: String, text: String, value: String) {
        #expect(tagged(sentence, on: nil) == [Pair(text, value)])
    }

    @Test func quartersWithoutAYearTakeItFromTheDocumentAndTense() {
        #expect(tagged("Profit rose in the fourth quarter.", on: "2024-01-24") == [Pair("the fourth quarter", "2023-Q4")])
        #expect(tagged("Profit will rise in the fourth quarter.", on: "2024-01-24") == [Pair("the fourth quarter", "2024-Q4")])
        #expect(tagged("Shell reported first-quarter profit.", on: "2024-05-02") == [Pair("first-quarter", "2024-Q1")])
    }

    @Test func aFirstHalfWithoutAYearIsAMatchNotADate() {
        #expect(tagged("Chelsea scored twice in the first half.").isEmpty)
    }
}

@Suite("Temporal tagger: ranges")
struct TemporalTaggerRangeTests {
    @Test(arguments: [
        ("Prices fell in 1996-1998.", "1996-1998", "1996", "1998"),
        ("United finished second in the 2020-21 season.", "2020-21", "2020", "2021"),
        ("It ran from January to March of 2023.", "January to March of 2023", "2023-01", "2023-03"),
        ("The festival ran from May 14 to May 25, 2019.", "May 14 to May 25, 2019", "2019-05-14", "2019-05-25"),
        ("The festival ran on May 12-23, 2019.", "May 12-23, 2019", "2019-05-12", "2019-05-23"),
        ("The excavations of 1976-1981 changed the city.", "1976-1981", "1976", "1981"),
        ("Exports rose in 2003-4.", "2003-4", "2003", "2004"),
    ])
    func ranges(sentence: String, text: String, start: String, end: String) {
        let found = TemporalTagger().expressions(in: sentence, documentDate: nil)
        #expect(found.map(\.text) == [text])
        #expect(found.first?.value == start)
        #expect(found.first?.endValue == end)
    }

    @Test func rangeEndsWithoutAYearFollowTheStart() {
        let found = TemporalTagger().expressions(in: "The festival ran from May 14 to May 25.", documentDate: "2019-05-26")
        #expect(found.map(\.value) == ["2019-05-14"])
        #expect(found.first?.endValue == "2019-05-25")
        #expect(found.first?.isAnchored == true)
    }

    @Test func quantitiesJoinedByDashesAreNoRanges() {
        #expect(tagged("Missiles with ranges of 300-700 km and 1000-3000 troops were sent.").isEmpty)
    }
}

@Suite("Temporal tagger: expressions relative to the document date")
struct TemporalTaggerRelativeTests {
    @Test(arguments: [
        ("2019-05-02", "last year", "2018"), ("2024-01-10", "last year", "2023"),
        ("2019-05-02", "this year", "2019"), ("2024-01-10", "next year", "2025"),
        ("2019-05-02", "this month", "2019-05"), ("2024-01-10", "last month", "2023-12"),
        ("2024-01-10", "next week", "2024-W03"), ("2024-01-01", "last week", "2023-W52"),
        ("2021-01-06", "this week", "2021-W01"), ("2024-01-10", "this weekend", "2024-W02-WE"),
        ("2024-01-10", "yesterday", "2024-01-09"), ("2024-03-01", "yesterday", "2024-02-29"),
        ("2024-01-10", "today", "2024-01-10"), ("2024-01-10", "tomorrow", "2024-01-11"),
        ("2024-01-10", "two years ago", "2022"), ("2019-05-02", "a year ago", "2018"),
        ("2024-01-10", "three months ago", "2023-10"), ("2024-01-10", "10 days ago", "2023-12-31"),
        ("2024-01-10", "last quarter", "2023-Q4"), ("2024-01-10", "this century", "20"),
        ("2024-01-10", "last July", "2023-07"), ("2024-07-20", "last July", "2023-07"),
        ("2024-01-10", "next spring", "2024-SP"), ("2024-06-10", "next spring", "2025-SP"),
    ])
    func relativeExpressions(documentDate: String, expression: String, value: String) {
        let found = TemporalTagger().expressions(in: "It was discussed \(expression), officials said.", documentDate: documentDate)
        #expect(found.map(\.text) == [expression])
        #expect(found.first?.value == value)
        #expect(found.first?.isAnchored == true)
    }

    @Test func earlierAndLaterThisYearAreTheYear() {
        #expect(tagged("Talks collapsed earlier this year.", on: "2024-05-02") == [Pair("earlier this year", "2024")])
    }

    @Test(arguments: [
        ("2024-01-24", "She resigned on Friday.", "2024-01-19"),
        ("2024-01-24", "She will resign on Friday.", "2024-01-26"),
        ("2024-01-26", "She resigned on Friday.", "2024-01-26"),
        ("2024-01-24", "She resigned last Wednesday.", "2024-01-17"),
        ("2024-01-24", "She resigns next Monday.", "2024-01-29"),
    ])
    func weekdays(documentDate: String, sentence: String, value: String) {
        #expect(TemporalTagger().expressions(in: sentence, documentDate: documentDate).map(\.value) == [value])
    }

    @Test func withoutADocumentDateAnchoredExpressionsAreLeftOut() {
        #expect(tagged("Last year, on Friday, she visited in March 2021.", on: nil) == [Pair("March 2021", "2021-03")])
    }

    @Test func thatYearIsTheYearMentionedLast() {
        #expect(tagged("Russia invaded in February 2022, and talks began in June of that year.", on: "2024-11-04")
            == [Pair("February 2022", "2022-02"), Pair("June of that year", "2022-06")])
    }

    @Test(arguments: [(String, String, String)]([
        ("Prices have risen recently.", "recently", "PAST_REF"), ("The economy is weak now.", "now", "PRESENT_REF"),
        ("The firm is currently in talks.", "currently", "PRESENT_REF"), ("At the time, nobody knew.", "the time", "PAST_REF"),
        ("Prices were higher in the past.", "the past", "PAST_REF"), ("It will change in future.", "future", "FUTURE_REF"),
        ("Prices rose in recent years.", "recent years", "PXY"), ("The contract lasts three years.", "three years", "P3Y"),
        ("He signed a three-year contract.", "three-year", "P3Y"), ("The 49-year-old man was freed.", "49-year-old", "P49Y"),
        ("Sales rose in the last week.", "the last week", "P1W"), ("She spent the past five years abroad.", "the past five years", "P5Y"),
        ("It took several months.", "several months", "PXM"), ("She reports to police every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The fee is paid every year.", "every year", "P1Y"), ("Profits rose in this fiscal year.", "this fiscal year", "2024"),
        ("The firm's results for fiscal 2023 were weak.", "fiscal 2023", "2023"),
    ]))
    func referencesDurationsAndSetsTakeTheirTIMEX3Values(sentence: String, text: String, value: String) {
        #expect(tagged(sentence) == [Pair(text, value)])
    }

    @Test(arguments: [(String, String, String)]([
        ("The talks resumed on Friday afternoon.", "Friday afternoon", "2024-01-19TAF"),
        ("Troops moved in last night.", "last night", "2024-01-23TNI"), ("Markets fell this morning.", "this morning", "2024-01-24TMO"),
        ("The vote is tonight.", "tonight", "2024-01-24TNI"),
    ]))
    func partsOfDaysNarrowTheirDay(sentence: String, text: String, value: String) {
        #expect(tagged(sentence) == [Pair(text, value)])
    }

    @Test func onlyCalendarValuesReachTheTimeline() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "Prices are now high, and were high for three years before March 2023."])
        let events = try corpus.open().corpus.timeline(TimelineFilter())
        #expect(events.map(\.value.value) == ["2023-03"])
    }

    @Test(arguments: ["Now that he has gone, nobody knows.", "The screen shows 2048 x 1080 pixels.", "A 1920 * 1080 display was used in 2004 * 3 tests."])
    func neitherConjunctionsNorDimensionsAreTimes(_ sentence: String) {
        #expect(tagged(sentence).isEmpty)
    }
}

@Suite("Temporal tagger: months without a year and the sentence's tense")
struct TemporalTaggerTenseTests {
    @Test(arguments: [
        ("2024-07-20", "On July 22, the minister said talks had failed.", "2023-07-22"),
        ("2024-07-25", "On July 22, the minister said talks had failed.", "2024-07-22"),
        ("2024-07-20", "The minister will visit Moscow on July 22.", "2024-07-22"),
        ("2024-07-25", "The minister will visit Moscow on July 22.", "2025-07-22"),
        ("2024-03-01", "The company plans to list its shares in January.", "2025-01"),
        ("2024-03-01", "The company listed its shares in January.", "2024-01"),
        ("2024-11-20", "Officials said the talks will resume in March.", "2025-03"),
        ("2024-11-20", "The talks, which began in March, will resume soon.", "2024-03"),
        ("2024-08-31", "Ronaldo, who turns 37 in February, is fit.", "2025-02"),
        ("2024-04-30", "Ronaldo, who turns 37 in February, is fit.", "2024-02"),
        ("2024-05-02", "Shell reported first-quarter profit, and said it would buy back shares.", "2024-Q1"),
    ])
    func monthsWithoutAYear(documentDate: String, sentence: String, value: String) {
        let found = TemporalTagger().expressions(in: sentence, documentDate: documentDate)
        #expect(found.map(\.value).filter { !$0.hasSuffix("_REF") } == [value])
        #expect(found.first?.isAnchored == true)
    }
}

@Suite("Temporal tagger: what is not a date")
struct TemporalTaggerNotDateTests {
    @Test(arguments: [
        "Russia invested $4 billion in the project.",
        "Trade rose 17 percent to 2.3 million tons.",
        "Missiles with ranges of 300-700 km were tested.",
        "The ship carried 36 containers.",
        "Iran sought Fateh-110 missiles, Su-35 jets and the S-400 system.",
        "The 3+3 format met in Tehran.",
        "He lives at No. 10 Downing Street.",
        "Some 2,000 troops and 1,500 police were deployed.",
        "The firm employs 1500 workers in 2000 square metres.",
        "Theresa May said she would stay.",
        "May I ask a question?",
        "He told BBC Radio 4's Today programme that he disagreed.",
        "Farmers sowed winter wheat after the fall of the Berlin Wall.",
        "The iPhone 15 and Apollo 17 were discussed under the Fraud Act 2006.",
        "A free kick by Winter was met by Byrne.",
        "Ant and Dec. presented the show, and the DEC. raised funds.",
        "The share price rose 0.75 to 2019.5 pence.",
    ])
    func untagged(_ sentence: String) {
        #expect(tagged(sentence).isEmpty)
    }
}

@Suite("Temporal tagger: times, offsets and documents")
struct TemporalTaggerTextTests {
    @Test(arguments: [
        ("The window closes at 11 p.m. today.", "11 p.m.", "2024-01-24T23:00"),
        ("Markets opened at 10:30 GMT.", "10:30 GMT", "2024-01-24T10:30"),
        ("Shares rose by 1650 GMT.", "1650 GMT", "2024-01-24T16:50"),
        ("Doors open at 6.30pm.", "6.30pm", "2024-01-24T18:30"),
    ])
    func timesOfDay(sentence: String, text: String, value: String) {
        #expect(tagged(sentence).first == Pair(text, value))
    }

    @Test func aTimeTakesTheDayItsSentenceNames() {
        #expect(tagged("It landed at 6:23 p.m. on Thursday.", on: "2024-02-23")
            == [Pair("6:23 p.m.", "2024-02-22T18:23"), Pair("Thursday", "2024-02-22")])
    }

    @Test func rangesAreUnicodeScalarOffsets() throws {
        let sentence = "Négociations in Zürich — resumed on 3 March 2024 — failed “in 2025”."
        let found = TemporalTagger().expressions(in: sentence, documentDate: nil)
        let scalars = Array(sentence.unicodeScalars)
        for expression in found {
            #expect(String(String.UnicodeScalarView(scalars[expression.range])) == expression.text)
        }
        #expect(found.map(\.text) == ["3 March 2024", "2025"])
    }

    @Test func documentsAreTaggedSentenceBySentence() throws {
        let document = try load("The plant opened in 2019. Output doubled last year, and it will close in March.")
        let found = TemporalTagger().expressions(in: document, documentDate: "2024-01-24")
        #expect(found.map(\.sentence) == [0, 1, 1])
        #expect(found.map(\.expression.value) == ["2019", "2023", "2024-03"])
        for (sentence, expression) in found {
            let scalars = Array(document.sentences[sentence].text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[expression.range])) == expression.text)
        }
    }
}

@Suite("Temporal tagger: holidays, anaphoric years and whole duration phrases")
struct TemporalTaggerBBCGuidelineTests {
    private func pairs(_ sentence: String, on date: String = "2005-01-20") -> [String] {
        TemporalTagger().expressions(in: sentence, documentDate: date).map { "\($0.text)=\($0.value)\($0.endValue.map { ".." + $0 } ?? "")" }
    }

    @Test(arguments: [
        ("Sales over Christmas were weak.", "Christmas=2004-12-25"), ("Shops closed on New Year's Day.", "New Year's Day=2005-01-01"),
        ("The Christmas Trading Bill was debated.", nil), ("Pre-Christmas sales fell.", nil),
    ] as [(String, String?)])
    func fixedHolidaysAreTheirDay(sentence: String, expected: String?) {
        #expect(pairs(sentence) == (expected.map { [$0] } ?? []))
    }

    @Test func yearsTheTextIsAboutAreTakenFromTheYearMentionedLast() {
        let found = TemporalTagger().expressions(inSentences: [
            "Profits fell in 2000.", "They rose the following year, and revenue for the year was high.", "Two years earlier it had lost money.",
        ], documentDate: "2005-01-20").map { "\($0.expression.text)=\($0.expression.value)" }
        #expect(found == ["2000=2000", "the following year=2001", "the year=2001", "Two years earlier=1999"])
    }

    @Test(arguments: [
        ("It took the three days.", "the three days=P3D"), ("Over the next six months it fell.", "the next six months=P6M"),
        ("It was a six-month period.", "six-month period=P6M"), ("It lasted a decade.", "a decade=P1DE"),
        ("It has grown for years.", "years=PXY"), ("Jobs will go in coming months.", "coming months=PXM"),
        ("It happened a couple of days ago.", "a couple of days ago=2005-01-18"), ("He left in March last year.", "March last year=2004-03"),
        ("The show runs from 6 to 9 January.", "6 to 9 January=2005-01-06..2005-01-09"),
        ("The party's 2006 autumn conference is in Manchester.", "2006 autumn=2006-FA"),
    ])
    func phrasesAreMarkedWhole(sentence: String, expected: String) {
        #expect(pairs(sentence) == [expected])
    }

    @Test func aWeekdayAfterANameIsPartOfIt() {
        #expect(pairs("He made an offer to Sheffield Wednesday.").isEmpty)
        #expect(pairs("On Wednesday he left.") == ["Wednesday=2005-01-19"])
    }
}

@Suite("Temporal tagger: generic holidays and seasons of")
struct TemporalTaggerGenericTests {
    private func texts(_ sentence: String) -> [String] {
        TemporalTagger().expressions(in: sentence, documentDate: "2005-01-20").map(\.text)
    }

    @Test func aHolidayAfterAOrEveryIsAnyYears() {
        #expect(texts("Sales were below a normal Christmas.").isEmpty)
        #expect(texts("They close every Christmas.").isEmpty)
    }

    @Test func aSeasonAfterOfIsASeason() {
        #expect(texts("The rise came with the onset of winter.") == ["winter"])
        #expect(texts("It took the five-month period.") == ["the five-month period"])
    }
}
