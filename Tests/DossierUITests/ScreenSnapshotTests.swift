import DossierIndex
@testable import DossierUI
import Testing

/// Whole screens at 100×30, driven by key strings through the real reducer and views.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    @Test func startup() throws {
        let harness = try ScreenHarness()
        Snapshot.expect(harness.screen, matches: "startup")
    }

    @Test func openTheThirdDocument() throws {
        var harness = try ScreenHarness()
        harness.press("jj<Enter>")
        Snapshot.expect(harness.screen, matches: "open-third-document")
    }

    @Test func pageDownInTheReader() throws {
        var harness = try ScreenHarness()
        harness.press("jjj<Enter><Space>")
        Snapshot.expect(harness.screen, matches: "reader-page-down")
    }

    @Test func helpOverlay() throws {
        var harness = try ScreenHarness()
        harness.press("?")
        Snapshot.expect(harness.screen, matches: "help-overlay")
    }

    @Test func narrowTerminal() throws {
        var harness = try ScreenHarness()
        harness.press("jjj<Enter>")
        harness.resize(to: Size(width: 70, height: 20))
        Snapshot.expect(harness.screen, matches: "resized-70x20")
    }

    @Test func terminalTooSmall() throws {
        var harness = try ScreenHarness()
        harness.resize(to: Size(width: 50, height: 10))
        Snapshot.expect(harness.screen, matches: "too-small-50x10")
    }

    /// While the notice is up, keys that would change what cannot be seen do nothing; q, Ctrl-L and ? work.
    @Test func whileTooSmallOnlyQuitRedrawAndHelpWork() throws {
        var harness = try ScreenHarness()
        harness.resize(to: Size(width: 50, height: 10))
        let before = harness.state
        harness.press("jjG2/abc<Enter>:theme<Enter>'BaTW<Esc>")
        #expect(harness.state == before, "nothing changed behind the notice")
        var state = harness.state
        #expect(Reducer.reduce(&state, .key(.control("l"))) == [.redraw])
        harness.press("?")
        Snapshot.expect(harness.screen, matches: "too-small-help-50x10")
        harness.press("?")
        #expect(harness.state.overlay == nil)
        harness.press("q")
        #expect(!harness.state.isRunning)
    }

    @Test func entityChosenInTheSidebar() throws {
        var harness = try ScreenHarness()
        harness.press("3/vienna<Enter><Enter>")
        #expect(harness.state.entities.active?.entity.name == "Vienna")
        Snapshot.expect(harness.screen, matches: "entity-chosen")
    }

    @Test func timelineFocused() throws {
        var harness = try ScreenHarness()
        harness.press("4j")
        let selected = try #require(harness.state.timeline.selected)
        #expect(selected.value.value == "2020-10")
        Snapshot.expect(harness.screen, matches: "timeline-focused")
    }

    @Test func enterInTheTimelineOpensTheSentenceWithItsDateMarked() throws {
        var harness = try ScreenHarness()
        harness.press("4j<Enter>")
        #expect(harness.state.focus == .reader)
        #expect(harness.state.reader.document?.summary.path == "zeta.md")
        let mark = try #require(harness.state.reader.dateMark)
        let paragraph = try #require(harness.state.reader.document?.paragraphs[mark.paragraph].text)
        let scalars = Array(paragraph.unicodeScalars)
        #expect(mark.ranges.map { String(String.UnicodeScalarView(scalars[$0])) } == ["October 2020"])
        let buffer = harness.buffer, reader = harness.state.layout.readerText
        let row = try #require((reader.y..<reader.maxY).first { buffer.line($0).contains("October 2020") })
        let text = buffer.line(row), column = text.distance(from: text.startIndex, to: try #require(text.range(of: "October 2020")).lowerBound)
        let styles = Array(buffer.styleLine(row))
        #expect(styles[column] == StyleRole.date.code, "the date is drawn in the date colour")
        harness.press("<C-o>")
        #expect(harness.state.reader.document?.summary.path != "zeta.md", "the jump list goes back")
    }

    @Test func claimMarkersInTheGutter() throws {
        var harness = try ScreenHarness()
        let document = try #require(harness.state.reader.document)
        harness.dispatch(.claimMarkersLoaded(documentID: document.summary.id, [1: ClaimMarker(sources: 2, hasConflict: false),
                                                                               3: ClaimMarker(sources: 1, hasConflict: true)]))
        harness.press("]")
        #expect(harness.state.claims.current == 1)
        Snapshot.expect(harness.screen, matches: "claim-markers")
    }

    @Test func crossReferencePanel() throws {
        var harness = try ScreenHarness()
        let document = try #require(harness.state.reader.document)
        let sentences = document.paragraphs.flatMap(\.sentences)
        func reference(_ ordinal: Int) -> SentenceReference {
            let sentence = sentences[ordinal]
            let text = document.paragraphs.first { $0.sentences.contains(sentence) }.map { paragraph in
                String(String.UnicodeScalarView(Array(paragraph.text.unicodeScalars)[sentence.range]))
            } ?? ""
            return SentenceReference(sentenceID: sentence.id, documentID: document.summary.id, documentPath: document.summary.path,
                                     documentTitle: document.summary.title, documentDate: "2024-03-05", ordinal: ordinal, text: text,
                                     originalRange: 0..<1)
        }
        harness.dispatch(.claimMarkersLoaded(documentID: document.summary.id, [1: ClaimMarker(sources: 2, hasConflict: true)]))
        harness.press("]<Enter>")
        /// An event frame whose slots are these words of the sentence.
        func frame(_ sentence: SentenceReference, subject: String, event: String, place: String) -> ClaimFrame {
            func slot(_ words: String) -> Range<Int> {
                let scalars = Array(sentence.text.unicodeScalars), pattern = Array(words.unicodeScalars)
                let start = (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern } ?? 0
                return start..<(start + pattern.count)
            }
            var frame = ClaimFrame(kind: .event)
            frame.event = .meet
            frame.subject = ClaimFrame.Slot(range: slot(subject), key: subject.lowercased())
            frame.eventRange = slot(event)
            frame.place = ClaimFrame.Slot(range: slot(place), key: place.lowercased())
            return frame
        }
        let (claim, conflicting, related) = (reference(1), reference(3), reference(2))
        harness.dispatch(.crossReferencesLoaded(sentenceID: sentences[1].id, [
            CrossReference(relation: .conflict, score: 0.75, here: claim, there: conflicting, hereValues: ["Vienna"], thereValues: ["Tbilisi"],
                           hereFrame: frame(claim, subject: "Negotiators", event: "talks", place: "Vienna"),
                           thereFrame: frame(conflicting, subject: "official", event: "declined", place: "details"), thereCopies: ["copy.txt"]),
            CrossReference(relation: .related, score: 0.4, here: claim, there: related, hereValues: [], thereValues: []),
        ]))
        Snapshot.expect(harness.screen, matches: "cross-reference-panel")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func zoomedReader(size: Size) throws {
        var harness = try ScreenHarness(size: size)
        harness.press("jjj<Enter>z")
        #expect(harness.state.panes.isZoomed)
        Snapshot.expect(harness.screen, matches: "zoomed-reader-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func groupedSearch(size: Size) throws {
        var harness = try ScreenHarness(size: size)
        harness.press("/the<Tab><C-n><C-n>")
        #expect(harness.state.search.isGrouped)
        Snapshot.expect(harness.screen, matches: "search-grouped-\(size.width)x\(size.height)")
    }

    @Test func resizingBackRestoresTheSameScreen() throws {
        var harness = try ScreenHarness()
        harness.press("j<Enter>")
        let before = harness.screen
        harness.resize(to: Size(width: 50, height: 10))
        harness.resize(to: Size(width: 100, height: 30))
        #expect(harness.screen == before)
    }
}

/// The search prompt and the committed search, through the real engine over the fixture corpus.
@Suite("Search on screen")
struct SearchScreenTests {
    @Test func resultsFollowEachKey() throws {
        var harness = try ScreenHarness()
        harness.press("/sno")
        #expect(harness.screen.contains("snow"))
        Snapshot.expect(harness.screen, matches: "search-typing")
        harness.press("wplough")
        #expect(harness.state.search.results?.totalHits == 2)
    }

    @Test func enterOpensTheHitWithItsWordsHighlighted() throws {
        var harness = try ScreenHarness()
        harness.press("/snowplough<Enter>")
        #expect(!harness.state.search.isPromptOpen)
        #expect(harness.state.reader.document?.summary.path == "epsilon.txt")
        Snapshot.expect(harness.screen, matches: "search-opened")
        let buffer = harness.buffer
        let row = try #require((0..<buffer.size.height).first { buffer.line($0).contains("snowplough") })
        let column = try #require(buffer.line(row).range(of: "snowplough")).lowerBound
        let offset = buffer.line(row).distance(from: buffer.line(row).startIndex, to: column)
        #expect(buffer.styleLine(row).dropFirst(offset).hasPrefix("ssssssssss"), "the current hit is drawn apart")
    }

    @Test func nextAndPreviousWalkHitsAcrossDocuments() throws {
        var harness = try ScreenHarness()
        harness.press("/the<Enter>")
        let first = try #require(harness.state.reader.document?.summary.path)
        var visited = [first]
        for _ in 0..<40 {
            harness.press("n")
            if let path = harness.state.reader.document?.summary.path, path != visited.last { visited.append(path) }
        }
        let withHits = try #require(harness.state.search.active?.documentsWithHits).compactMap { id in
            harness.state.documents.first { $0.id == id }?.path
        }
        #expect(visited.count > withHits.count, "n went around the corpus: \(visited)")
        for (step, path) in visited.enumerated() {
            #expect(path == withHits[step % withHits.count], "documents in list order, then around again: \(visited)")
        }
        let here = harness.state.search.active?.current
        harness.press("nN")
        #expect(harness.state.search.active?.current == here)
    }

    @Test func escapeClosesThePromptAndRestoresTheView() throws {
        var harness = try ScreenHarness()
        let before = harness.screen
        harness.press("/pipeline<Esc>")
        #expect(harness.screen == before)
        #expect(harness.state.search.active == nil)
    }

    @Test func historyWalksBackAndForth() throws {
        var harness = try ScreenHarness()
        harness.press("/snow<Enter>/winter<Enter>/draft")
        harness.press("<Up>")
        #expect(harness.state.search.editor.text == "winter")
        harness.press("<Up><Up>")
        #expect(harness.state.search.editor.text == "snow")
        harness.press("<Down><Down>")
        #expect(harness.state.search.editor.text == "draft")
    }

    @Test func resizeDuringASearchKeepsThePromptAndResults() throws {
        var harness = try ScreenHarness()
        harness.press("/snow")
        harness.resize(to: Size(width: 50, height: 10))
        harness.press("f")
        harness.resize(to: Size(width: 70, height: 20))
        #expect(harness.state.search.editor.text == "snow", "a key typed behind the too-small notice does nothing")
        #expect(harness.screen.split(separator: "\n").last?.hasPrefix("/snow") == true)
        harness.press("<BS>")
        #expect(harness.screen.contains("snow"))
    }
}
