import DossierIndex
@testable import DossierUI
import Testing

/// The frame around the panes: borders, the status bar, the help, moving in lists.
@Suite("Chrome")
struct ChromeTests {
    /// How many panes or overlays are drawn with heavy corners.
    static func heavyFrames(in buffer: Buffer) -> Int {
        buffer.text.count { $0 == "┏" }
    }

    @Test func onlyTheFocusedPaneHasTheHeavyBorder() throws {
        var harness = try ScreenHarness()
        harness.press("3")
        #expect(Self.heavyFrames(in: harness.buffer) == 1)
        #expect(harness.buffer.line(0).hasSuffix("┓"), "the sidebar, on the right, is focused:\n\(harness.screen)")
    }

    @Test func anOverlayTakesTheHeavyBorderFromTheFocusedPane() throws {
        var harness = try ScreenHarness()
        harness.press("3c")
        #expect(harness.state.overlay != nil)
        #expect(Self.heavyFrames(in: harness.buffer) == 1, "only the claims view:\n\(harness.screen)")
        harness.press("<Esc>4/")
        #expect(harness.state.search.isPromptOpen)
        #expect(Self.heavyFrames(in: harness.buffer) == 1, "only the search results:\n\(harness.screen)")
        harness.press("<Esc>?")
        #expect(Self.heavyFrames(in: harness.buffer) == 1, "only the help:\n\(harness.screen)")
    }
}

/// The key help across the screen, nothing cut.
@Suite("The help overlay")
struct HelpOverlayTests {
    /// Everything the help shows at this size, page after page, without spaces (wrapping moves them).
    static func helpText(at size: Size) throws -> (text: String, first: Buffer) {
        var harness = try ScreenHarness(size: size)
        harness.press("?")
        let first = harness.buffer
        var text = "", previous: Overlay?
        while harness.state.overlay != previous {
            previous = harness.state.overlay
            let buffer = harness.buffer
            for y in 1..<(size.height - 2) {
                text += (HelpOverlay.margin + 1..<size.width - HelpOverlay.margin - 1).map { buffer[$0, y].grapheme }.joined()
            }
            harness.press("<PgDn>")
        }
        return (text.filter { !$0.isWhitespace }, first)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theHelpSpansTheScreenAndWrapsEveryDescription(size: Size) throws {
        let (text, first) = try Self.helpText(at: size)
        #expect(first[HelpOverlay.margin, 0].grapheme == "┏")
        #expect(first[size.width - HelpOverlay.margin - 1, 0].grapheme == "┓", "the help spans the screen less its margins")
        for binding in Keymap.standard.bindings {
            #expect(text.contains(binding.command.summary.filter { !$0.isWhitespace }), "\(binding.command.summary) is shown whole")
        }
    }
}

/// How the reader sets text.
@Suite("The reader's text")
struct ReaderTextTests {
    @Test func aDocumentWithoutATitleLineShowsItsFirstSentenceOnce() throws {
        var harness = try ScreenHarness()
        harness.press(":open delta<Enter>")
        #expect(harness.state.reader.document?.summary.path == "delta.txt")
        #expect(harness.state.reader.document?.summary.title.hasPrefix("The railway across the mountains") == true, "the title is the first sentence")
        #expect(harness.state.reader.lines.filter { $0.text.contains("The railway across") }.count == 1)
        #expect(harness.state.reader.lines.first?.kind == .details, "the details head the text")
    }

    @Test func aTitleLineIsStillShown() throws {
        var harness = try ScreenHarness()
        harness.press(":open alpha<Enter>")
        #expect(harness.state.reader.lines.first == ReaderLine(kind: .title, text: "Pipeline Talks Resume in Vienna"))
        #expect(harness.state.reader.lines.filter { $0.text.contains("Pipeline Talks") }.count == 1)
    }

    @Test func linesAreCappedAndCentredOnAWideTerminal() throws {
        var harness = try ScreenHarness(size: Size(width: 200, height: 60))
        harness.press(":open epsilon<Enter>")
        let layout = harness.state.layout, text = layout.readerText
        #expect(text.width == ScreenLayout.readerLineLength)
        let left = text.x - layout.reader.x, right = layout.reader.maxX - text.maxX
        #expect(abs(left - ScreenLayout.gutterWidth - right) <= 1, "the text sits in the middle of the pane, its gutter beside it")
        #expect(harness.state.reader.lines.allSatisfy { DisplayWidth.of($0.text) <= ScreenLayout.readerLineLength })
        #expect(harness.state.reader.lines.contains { DisplayWidth.of($0.text) > 90 }, "long lines fill the measure")
        let buffer = harness.buffer
        let row = try #require((text.y..<text.maxY).first { buffer.line($0).contains("The first snow came early") })
        let line = buffer.line(row), start = try #require(line.range(of: "The first snow")).lowerBound
        #expect(line.distance(from: line.startIndex, to: start) == text.x, "the text starts where the centred area does")
    }
}

/// The search results: flat or grouped by document, and the preview of the selected hit.
@Suite("Search results")
struct SearchResultsTests {
    @Test func tabGroupsTheResultsByDocumentAHitARow() throws {
        var harness = try ScreenHarness()
        harness.press("/the")
        let results = try #require(harness.state.search.results)
        let best = try #require(harness.state.search.selectedHit)
        harness.press("<Tab>")
        #expect(harness.state.search.isGrouped)
        #expect(harness.state.search.selectedHit == best, "the selected hit stays selected")
        let rows = harness.state.search.rows
        let headings = rows.compactMap { row -> Int? in if case .document(_, _, let hits) = row { return hits } else { return nil } }
        #expect(headings.count == results.documentCount)
        #expect(headings.reduce(0, +) == results.totalHits, "each heading counts its document's hits")
        #expect(rows.count == results.hits.count + results.documentCount, "one row per hit, one per document")
        let screen = harness.screen
        let heading = try #require(screen.split(separator: "\n").first { $0.contains("Notes From a Long Winter") })
        #expect(heading.contains("epsilon.txt") && heading.contains(" hits"), "a heading names the document and its hits:\n\(screen)")
        harness.press("<C-n>")
        #expect(harness.state.search.selectedHit != nil, "moving skips the headings")
        let chosen = try #require(harness.state.search.selectedHit)
        harness.press("<Tab>")
        #expect(!harness.state.search.isGrouped)
        #expect(harness.state.search.selectedHit == chosen)
        harness.press("<Tab><Enter>")
        #expect(harness.state.reader.document?.summary.id == chosen.documentID, "Enter opens the hit selected in grouped mode")
    }

    @Test func thePreviewShowsTheSelectedHitsWholeSentence() throws {
        var harness = try ScreenHarness(size: Size(width: 80, height: 24))
        harness.press("/secondary")
        let hit = try #require(harness.state.search.selectedHit)
        #expect(DisplayWidth.of(hit.text) > 80, "a sentence longer than a row")
        // The results pane's rows only, without the sidebar beside them.
        let buffer = harness.buffer, pane = harness.state.layout.searchResults
        let text = (pane.y..<pane.maxY).map { y in (pane.x + 1..<pane.maxX - 1).map { buffer[$0, y].grapheme }.joined() }.joined(separator: " ")
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(hit.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")), "the whole sentence is on screen:\n\(harness.screen)")
    }
}
