import Testing
@testable import DossierUI

/// The cursor keeps its selection inside the list and says where it is.
@Suite("List cursor")
struct ListCursorTests {
    @Test func positionCountsFromOneAndIsAbsentForAnEmptyList() {
        var cursor = ListCursor()
        cursor.select(4, count: 12, visible: 5)
        #expect(cursor.position(in: 12) == "5/12")
        #expect(ListCursor().position(in: 0) == nil)
    }

    @Test func selectionStaysInsideTheListAndInView() {
        var cursor = ListCursor()
        cursor.select(40, count: 12, visible: 5)
        #expect(cursor == ListCursor(selected: 11, top: 7))
        cursor.move(by: -20, count: 12, visible: 5)
        #expect(cursor == ListCursor(selected: 0, top: 0))
    }
}
