@testable import DossierUI
import Testing

@Suite("The cell buffer")
struct BufferTests {
    @Test func writingClipsAtTheLimitAndTheEdge() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        #expect(buffer.write("Hello, world", x: 2, y: 0, style: .text) == 8)
        #expect(buffer.line(0) == "  Hello, w")
        buffer.write("abcdef", x: 0, y: 1, style: .text, limit: 3)
        #expect(buffer.line(1) == "abc")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverHalfOfOne() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        #expect(buffer.write("東京x", x: 0, y: 0, style: .text) == 5)
        #expect(buffer.line(0) == "東京x")
        #expect(buffer[1, 0].isContinuation)
        var edge = Buffer(size: Size(width: 3, height: 1))
        edge.write("a東京", x: 0, y: 0, style: .text)
        #expect(edge.line(0) == "a東")
        var overwritten = Buffer(size: Size(width: 4, height: 1))
        overwritten.write("東京", x: 0, y: 0, style: .text)
        overwritten.write("z", x: 1, y: 0, style: .text)
        #expect(overwritten.line(0) == " z京")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        #expect(buffer.write("cafe\u{301}!", x: 0, y: 0, style: .text) == 5)
        #expect(buffer.line(0) == "café!")
    }

    @Test func changesAreOnlyTheCellsThatDiffer() {
        var old = Buffer(size: Size(width: 10, height: 3))
        old.write("same line", x: 0, y: 0, style: .text)
        old.write("old words", x: 0, y: 1, style: .text)
        var new = old
        new.write("new", x: 0, y: 1, style: .text)
        new.restyle(Rect(x: 6, y: 2, width: 2, height: 1)) { $0.role = .selection }
        let changes = new.changes(since: old)
        #expect(changes.map { [$0.x, $0.y, $0.cells.count] } == [[0, 1, 3], [6, 2, 2]])
        #expect(new.changes(since: new).isEmpty)
        #expect(new.changes(since: nil).count == 3)
    }

    @Test func aChangedWideCharacterIsRedrawnWhole() {
        var old = Buffer(size: Size(width: 4, height: 1))
        old.write("東京", x: 0, y: 0, style: .text)
        var new = old
        new.write("京", x: 2, y: 0, style: Style(.title))
        let change = try? #require(new.changes(since: old).first)
        #expect(change?.x == 2)
        #expect(change?.cells.count == 2)
    }

    @Test func styleLinesNameTheRoles() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("ab", x: 1, y: 0, style: Style(.searchHit))
        #expect(buffer.styleLine(0) == ".hh.")
    }
}

@Suite("Display width")
struct DisplayWidthTests {
    @Test(arguments: [("a", 1), ("é", 1), ("’", 1), ("—", 1), ("東", 2), ("한", 2), ("Ａ", 2), ("😀", 2), ("e\u{301}", 1), ("\u{200B}", 0)])
    func widthsFollowTheTerminal(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func truncationAddsAnEllipsisWithinTheWidth() {
        #expect(DisplayWidth.truncate("Iran and Russia Align", to: 10) == "Iran and …")
        #expect(DisplayWidth.truncate("東京東京東京", to: 5) == "東京…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }
}

@Suite("Word wrapping")
struct TextWrapperTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextWrapper.wrap("The quick brown fox jumps over the lazy dog", width: 15)
        #expect(lines.map(\.text) == ["The quick brown", "fox jumps over", "the lazy dog"])
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= 15 })
    }

    @Test func rangesPointBackIntoTheText() {
        let text = "Iran’s trade — about $4 billion — grew."
        let scalars = Array(text.unicodeScalars)
        for line in TextWrapper.wrap(text, width: 12) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[line.range])
            #expect(String(view) == line.text)
        }
    }

    @Test func breaksAfterHyphensAndInsideOverlongWords() {
        #expect(TextWrapper.wrap("a long-lasting animosity", width: 12).map(\.text) == ["a long-", "lasting", "animosity"])
        #expect(TextWrapper.wrap("Supercalifragilistic", width: 8).map(\.text) == ["Supercal", "ifragili", "stic"])
    }

    @Test func wideCharactersCountDouble() {
        #expect(TextWrapper.wrap("東京 東京 東京", width: 9).map(\.text) == ["東京 東京", "東京"])
    }
}

@Suite("Word wrapping with combining marks")
struct CombiningWrapTests {
    @Test func combiningMarksNeverStartALine() {
        let lines = TextWrapper.wrap("cafe\u{301}s cafe\u{301}s", width: 5)
        #expect(lines.map(\.text) == ["cafe\u{301}s", "cafe\u{301}s"])
    }
}
