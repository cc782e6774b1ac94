import DossierIndex
@testable import DossierUI
import Testing

/// Clicks, double-clicks and the wheel through the real reducer, effects and layout at 100×30.
@Suite("The mouse")
struct MouseTests {
    @Test func aClickSelectsADocumentAndADoubleClickOpensIt() throws {
        var harness = try ScreenHarness()
        let documents = harness.state.layout.documents
        harness.dispatch(.mouse(MouseEvent(.click, x: documents.x + 3, y: documents.y + 1 + 2 * DocumentListPane.rowsPerDocument)))
        #expect(harness.state.documentCursor.selected == 2)
        #expect(harness.state.focus == .documents)
        let third = harness.state.visibleDocuments[2]
        harness.dispatch(.mouse(MouseEvent(.doubleClick, x: documents.x + 3, y: documents.y + 1 + 2 * DocumentListPane.rowsPerDocument)))
        #expect(harness.state.reader.document?.summary.id == third.id)
    }

    @Test func theWheelScrollsThePaneUnderThePointer() throws {
        var harness = try ScreenHarness()
        harness.press("jjj<Enter>")
        let reader = harness.state.layout.readerText
        #expect(harness.state.reader.top == 0)
        harness.dispatch(.mouse(MouseEvent(.wheelDown, x: reader.x + 5, y: reader.y + 3)))
        #expect(harness.state.reader.top == MouseEvent.wheelLines)
        harness.dispatch(.mouse(MouseEvent(.wheelUp, x: reader.x + 5, y: reader.y + 3)))
        #expect(harness.state.reader.top == 0)
    }

    @Test func aClickOnAGutterMarkerOpensTheClaimsCrossReferences() throws {
        var harness = try ScreenHarness()
        let document = try #require(harness.state.reader.document)
        harness.dispatch(.claimMarkersLoaded(documentID: document.summary.id, [1: ClaimMarker(sources: 2, hasConflict: false)]))
        let line = try #require(harness.state.reader.line(ofSentence: 1))
        let text = harness.state.layout.readerText
        harness.dispatch(.mouse(MouseEvent(.click, x: text.x - 2, y: text.y + line - harness.state.reader.top)))
        guard case .crossReferences(let panel)? = harness.state.overlay else {
            Issue.record("the cross-reference panel should be open")
            return
        }
        #expect(harness.state.claims.current == 1)
        #expect(panel.references != nil, "the references were loaded")
        harness.dispatch(.mouse(MouseEvent(.click, x: harness.state.layout.entities.x + 2, y: 3)))
        #expect(harness.state.overlay == nil, "a click outside the panel closes it")
    }

    @Test func aClickInTheTimelineSelectsAnEventAndADoubleClickJumpsToIt() throws {
        var harness = try ScreenHarness()
        let timeline = harness.state.layout.timeline
        let firstRow = timeline.y + 1 + TimelinePane.chartRows(inHeight: timeline.height - 2)
        harness.dispatch(.mouse(MouseEvent(.click, x: 10, y: firstRow + 1)))
        #expect(harness.state.focus == .timeline)
        #expect(harness.state.timeline.cursor.selected == 1)
        let event = try #require(harness.state.timeline.selected)
        harness.dispatch(.mouse(MouseEvent(.doubleClick, x: 10, y: firstRow + 1)))
        #expect(harness.state.reader.document?.summary.id == event.sentence.documentID)
        #expect(harness.state.reader.dateMark != nil)
    }

    @Test func clicksOnBordersAndHeadingsChangeNothingButFocus() throws {
        var harness = try ScreenHarness()
        harness.press("3")
        let entities = harness.state.layout.entities
        let selected = harness.state.entities.cursor.selected
        harness.dispatch(.mouse(MouseEvent(.click, x: entities.x + 2, y: entities.y + 1)))
        #expect(harness.state.entities.cursor.selected == selected, "the first row is a type heading")
        harness.dispatch(.mouse(MouseEvent(.click, x: 3, y: harness.state.layout.documents.y)))
        #expect(harness.state.focus == .documents)
        #expect(harness.state.documentCursor.selected == 0)
    }
}
