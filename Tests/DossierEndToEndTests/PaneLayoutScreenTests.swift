import Testing

/// Zooming a pane and moving the split, in a real terminal.
@Suite struct PaneLayoutScreenTests {
    @Test func zMaximizesTheFocusedPaneAndRestoresEveryPane() async throws {
        let session = try TmuxSession(width: 80, height: 24, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        try session.sendKeys("2", "z")
        let zoomed = try await session.waitFor("the reader over the whole screen") { screen in
            screen.rows[0].hasPrefix("┏━ 000_fd1fe431e2db35de.txt") && screen.rows[0].hasSuffix("┓") && screen.rows[22].hasSuffix("┛")
                && screen.statusBar.contains("Reader maximized")
        }
        #expect(!zoomed.contains("Documents (") && !zoomed.contains("Timeline ("), "no other pane is drawn:\n\(zoomed)")
        #expect(zoomed.rows[0].count == 80)
        try session.sendKeys("z")
        try await session.waitFor("every pane again, the reader still focused") { screen in
            screen.contains("Timeline (") && screen.rows[0].hasPrefix("┌─ Docume") && screen.rows[0].contains("┏━ 000_fd1fe431e2db35de.txt")
        }
    }

    @Test func theSplitMovedWithAngleBracketsIsKeptForTheNextSession() async throws {
        let explorer = try DossierExecutable.commandLine()
        let session = try TmuxSession(width: 100, height: 30, command: "\(explorer); \(explorer)")
        let first = try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        let standard = try #require(Self.documentListWidth(on: first))
        try session.sendKeys(">", ">")
        try await session.waitFor("the document list two steps wider") { screen in
            Self.documentListWidth(on: screen) == standard + 4 && screen.statusBar.contains("Documents: \(standard + 4) columns, kept for 100×30")
        }
        try session.sendKeys("q")
        try await session.waitFor("the second session with the wider list") { screen in
            screen.showsExplorer(documentCount: 5) && !screen.statusBar.contains("kept for") && Self.documentListWidth(on: screen) == standard + 4
        }
    }

    /// The width of the document list: up to its top-right corner.
    private static func documentListWidth(on screen: PaneScreen) -> Int? {
        screen.rows.first?.firstIndex { $0 == "┐" || $0 == "┓" }.map { screen.rows[0].distance(from: screen.rows[0].startIndex, to: $0) + 1 }
    }
}
