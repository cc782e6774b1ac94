import DossierIndex
@testable import DossierUI
import Testing

/// `v` on a cross-reference: the two documents side by side, each at its sentence.
@Suite("Side by side")
struct SplitViewTests {
    /// The sentence of `document` that starts with `start`.
    static func reference(_ start: String, in document: DocumentText) throws -> SentenceReference {
        for paragraph in document.paragraphs {
            for sentence in paragraph.sentences {
                let text = String(String.UnicodeScalarView(Array(paragraph.text.unicodeScalars)[sentence.range]))
                guard text.hasPrefix(start) else { continue }
                return SentenceReference(sentenceID: sentence.id, documentID: document.summary.id, documentPath: document.summary.path,
                                         documentTitle: document.summary.title, documentDate: document.summary.date, ordinal: sentence.ordinal,
                                         text: text, originalRange: 0..<1)
            }
        }
        throw SentenceNotFound(start: start)
    }

    struct SentenceNotFound: Error {
        var start: String
    }

    /// zeta.md open, a claim of it linked to the last sentence of epsilon.txt, a long document,
    /// and the cross-reference panel open.
    static func harness(size: Size = Size(width: 200, height: 60)) throws -> ScreenHarness {
        var harness = try ScreenHarness(size: size)
        harness.press(":open zeta<Enter>")
        let zeta = try #require(harness.state.reader.document)
        let epsilonID = try #require(harness.state.documents.first { $0.path == "epsilon.txt" }?.id)
        let epsilon = try #require(try harness.runner.corpus.text(of: epsilonID))
        let here = try reference("The harbour terminal was approved", in: zeta)
        let there = try reference("Both arrived the following November", in: epsilon)
        harness.dispatch(.claimMarkersLoaded(documentID: zeta.summary.id, [here.ordinal: ClaimMarker(sources: 1, hasConflict: true)]))
        harness.press("]<Enter>")
        harness.dispatch(.crossReferencesLoaded(sentenceID: here.sentenceID, [
            CrossReference(relation: .conflict, score: 0.7, here: here, there: there, hereValues: ["5 March 2024"], thereValues: ["November"]),
        ]))
        return harness
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func vShowsBothDocumentsAtTheirSentences(size: Size) throws {
        var harness = try Self.harness(size: size)
        harness.press("v")
        guard case .split(let view)? = harness.state.overlay else { Issue.record("no side-by-side view"); return }
        #expect(view.left.isLoaded && view.right.isLoaded)
        Snapshot.expect(harness.screen, matches: "split-view-\(size.width)x\(size.height)")
    }

    @Test func theValuesAreMarkedInTheLinksColourOnEachSide() throws {
        var harness = try Self.harness()
        harness.press("v")
        let buffer = harness.buffer, layout = harness.state.layout
        // Each value with the words before it in its sentence, since "November" is in another sentence too.
        for (area, words, value) in [(layout.splitLeft, "approved on 5 March 2024", "5 March 2024"), (layout.splitRight, "following November", "November")] {
            let row = try #require((area.y..<area.maxY).first { buffer.line($0).contains(words) }, "\(words) is in view:\n\(harness.screen)")
            let line = buffer.line(row)
            let column = line.distance(from: line.startIndex, to: try #require(line.range(of: words)).lowerBound) + words.count - value.count
            #expect(column >= area.x && column < area.maxX, "\(value) is on its own side")
            let styles = Array(buffer.styleLine(row))
            #expect(styles[column..<(column + value.count)].allSatisfy { $0 == StyleRole.conflict.code }, "\(value) in the conflict colour")
            #expect(styles[column - 2] == StyleRole.selection.code, "the rest of the sentence is highlighted")
        }
        #expect(buffer.line(0).hasPrefix(" ≠ conflict · here: 5 March 2024 · there: November"))
    }

    @Test func tabScrollsTheOtherSideEnterJumpsThereAndEscGoesBack() throws {
        var harness = try Self.harness(size: Size(width: 80, height: 24))
        harness.press("v")
        guard case .split(let opened)? = harness.state.overlay else { Issue.record("no side-by-side view"); return }
        #expect(opened.right.reader.top > 0, "the long document is scrolled to its last sentence")
        harness.press("<Tab>k")
        guard case .split(let scrolled)? = harness.state.overlay else { return }
        #expect(scrolled.focusesRight)
        #expect(scrolled.right.reader.top == opened.right.reader.top - 1)
        #expect(scrolled.left.reader.top == opened.left.reader.top, "only the focused side scrolls")
        harness.press("<Esc>")
        guard case .crossReferences = harness.state.overlay else { Issue.record("Esc goes back to the cross-references"); return }
        harness.press("v<Tab><Enter>")
        #expect(harness.state.overlay == nil)
        #expect(harness.state.reader.document?.summary.path == "epsilon.txt", "Enter opens the focused side's document")
        harness.press("<C-o>")
        #expect(harness.state.reader.document?.summary.path == "zeta.md", "and Ctrl-O comes back")
    }
}
