import Testing
@testable import DossierIndex

@Suite("Amounts in sentences")
struct QuantityParserTests {
    private func only(_ sentence: String) throws -> Quantity {
        let found = QuantityParser.quantities(in: sentence)
        try #require(found.count == 1, "expected one amount in “\(sentence)”, found \(found.map(\.text))")
        return found[0]
    }

    @Test(arguments: [
        ("Trade reached $4 billion in 2021.", "$4 billion", 4e9, "USD"),
        ("It reached about $ 4 billion last year.", "about $ 4 billion", 4e9, "USD"),
        ("The deal is worth €2.3bn.", "€2.3bn", 2.3e9, "EUR"),
        ("A loan of US$750 million was agreed.", "US$750 million", 7.5e8, "USD"),
        ("They paid £5m for it.", "£5m", 5e6, "GBP"),
        ("Exports were worth 12 billion dollars.", "12 billion dollars", 12e9, "USD"),
        ("Rosneft lent 300 million rubles.", "300 million rubles", 3e8, "RUB"),
    ])
    func money(sentence: String, text: String, value: Double, currency: String) throws {
        let quantity = try only(sentence)
        #expect(quantity.text == text)
        #expect(quantity.value == value)
        #expect(quantity.unit == .currency(currency))
    }

    @Test func percentagesDistancesWeightsAndCounts() throws {
        #expect(try only("Turnover rose 89.4% on the year.").unit == .percent)
        #expect(try only("Turnover rose 17 percent.").value == 17)
        #expect(try only("Turnover rose 17 per cent.").unit == .percent)
        #expect(try only("Rates rose two points, or 0.5 percentage points.").unit == .percentagePoints)
        let corridor = try only("The 7,200-km corridor links them.")
        #expect(corridor.value == 7_200)
        #expect(corridor.unit == .kilometres)
        #expect(try only("The line runs 100 miles.").value == 160.9344)
        let cargo = try only("Volumes could reach 2.3 million tons.")
        #expect(cargo.value == 2_300_000)
        #expect(cargo.unit == .tonnes)
        #expect(try only("Russia sent 36 containers by rail.").unit == .count("container"))
        #expect(try only("Some 2,000 troops took part.").unit == .count("troop"))
    }

    @Test func hedgesBoundsAndRanges() throws {
        #expect(try only("It was about $4 billion.").isApproximate)
        #expect(try only("It was more than $4 billion.").bound == .atLeast)
        #expect(try only("The goal is to reach as much as $40 billion.").bound == .atMost)
        let range = try only("Missiles with a range of 300-700 km were shown.")
        #expect(range.value == 300)
        #expect(range.upperValue == 700)
        let scaled = try only("Estimates ran from 3 to 4 billion dollars.")
        #expect(scaled.value == 3e9)
        #expect(scaled.upperValue == 4e9)
        let between = try only("It cost between $3 and $4 billion.")
        #expect(between.value == 3e9, "a scale after the second number applies to both")
    }

    @Test(arguments: [
        "Iran bought Su-35 fighters and S-400 systems and Fateh-110 missiles.",
        "He lives at No. 10 and spoke of the 3+3 format.",
        "In 2021 the figures were published; the 2019 deal held.",
        "On July 19 they met at 10:30, and again on 22 July.",
        "It was the 21st meeting, with 40 present.",
        "Trade grew 2021 figures show.",
        "The 1996-1998 treaties were signed.",
    ])
    func numbersThatAreNotAmounts(sentence: String) {
        #expect(QuantityParser.quantities(in: sentence).isEmpty, "\(QuantityParser.quantities(in: sentence).map(\.text))")
    }

    @Test func compatibleAndConflictingAmounts() throws {
        let four = try only("Trade was $4 billion.")
        let aboutFour = try only("Trade was about $4 billion.")
        let fourPointThree = try only("Trade was $4.3 billion.")
        let five = try only("Trade was $5 billion.")
        let fourPointSix = try only("Trade was $4.6 billion.")
        let fourPointThirteen = try only("Trade was $4.26 billion.")
        let moreThanThree = try only("Trade was more than $3 billion.")
        let euros = try only("Trade was €4 billion.")
        #expect(four.isCompatible(with: aboutFour))
        #expect(aboutFour.isCompatible(with: fourPointThree), "a hedge allows a tenth either way")
        #expect(four.isCompatible(with: fourPointThree), "$4.3bn rounds to $4bn")
        #expect(four.conflicts(with: fourPointSix), "$4.6bn does not round to $4bn")
        #expect(fourPointThree.isCompatible(with: fourPointThirteen) && !fourPointSix.isCompatible(with: fourPointThirteen))
        #expect(four.conflicts(with: five))
        #expect(moreThanThree.isCompatible(with: five))
        #expect(!moreThanThree.conflicts(with: four))
        #expect(!four.isCompatible(with: euros) && !four.conflicts(with: euros), "different currencies do not compare")
    }
}
