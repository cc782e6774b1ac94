import Testing
@testable import DossierIndex

@Suite("Reflowing hard-wrapped text")
struct ReflowerTests {
    let first = "The delegation arrived in the capital on a grey morning and was met by officials from the foreign ministry, who had prepared a long programme of meetings. Few expected the talks to produce an agreement before the summer recess, but both sides spoke warmly of the progress made."
    let second = "Trade between the two countries has grown steadily since the sanctions were imposed, and analysts expect the figures for this year to exceed all previous records by a wide margin."

    @Test func wrappedLinesBecomeOneParagraph() throws {
        let text = hardWrap(first, width: 48) + "\n\n" + hardWrap(second, width: 48)
        #expect(try paragraphs(text) == [first, second])
    }

    @Test func shortLineEndingASentenceEndsTheParagraph() throws {
        let text = """
        The ministers met for the third time this year and
        agreed on the agenda.
        The working groups will report in the summer, when
        the draft treaty text is expected to be complete.
        """
        #expect(try paragraphs(text) == [
            "The ministers met for the third time this year and agreed on the agenda.",
            "The working groups will report in the summer, when the draft treaty text is expected to be complete.",
        ])
    }

    @Test func lineThatEndsASentenceButFillsTheWidthDoesNotEndTheParagraph() throws {
        let text = """
        The ministers met for the third time this year and
        agreed on the agenda. The next meeting will be held
        in the spring, when the working groups have reported
        on their progress with the draft treaty text.
        """
        #expect(try paragraphs(text).count == 1)
    }

    @Test func hyphenAtLineEndJoinsWithoutSpaceAndKeepsTheHyphen() throws {
        let text = """
        The air force has ordered a squadron of Su-
        35 fighters and is studying the North-
        South corridor that would link the ports of the
        south with the railways of the north of the country.
        """
        let joined = try paragraphs(text).joined()
        #expect(joined.contains("Su-35 fighters"))
        #expect(joined.contains("North-South corridor"))
    }

    @Test func standaloneTitleCaseLineIsAHeading() throws {
        let text = hardWrap(first, width: 48) + "\n\nThe Road to a New Agreement\n\n" + hardWrap(second, width: 48)
        let document = try load(text)
        #expect(document.paragraphs.map(\.text) == [first, "The Road to a New Agreement", second])
        #expect(document.paragraphs.map(\.isHeading) == [false, true, false])
    }

    @Test func pageBreakInsideASentenceIsMended() throws {
        let lines = hardWrap(first, width: 48).split(separator: "\n")
        let text = lines[0..<3].joined(separator: "\n") + "\n\n\n" + lines[3...].joined(separator: "\n")
        #expect(try paragraphs(text) == [first])
    }

    @Test func unwrappedTextKeepsEachLineAsAParagraph() throws {
        let text = "\(first)\n\(second)\nA short closing line."
        #expect(try paragraphs(text) == [first, second, "A short closing line."])
    }

    @Test func whitespaceRunsCollapse() throws {
        #expect(try paragraphs("Presently  the   relationship\tresembles a partnership.") == ["Presently the relationship resembles a partnership."])
    }

    @Test func lineEndingsAndByteOrderMarkAreHandled() throws {
        let document = try load("\u{FEFF}First line ends here.\r\nSecond line ends here.\rThird line.")
        #expect(document.paragraphs.map(\.text) == ["First line ends here.", "Second line ends here.", "Third line."])
    }
}
