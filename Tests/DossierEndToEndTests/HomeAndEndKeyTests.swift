import Testing

/// Home and End work whichever of the usual sequences the terminal sends, even when `TERM` names a
/// terminal whose entry lists another pair.
@Suite struct HomeAndEndKeyTests {
    /// A `TERM` value and the Home and End sequences its terminfo entry does not list.
    struct Case: Sendable, CustomTestStringConvertible {
        var term: String
        var home: [String]
        var end: [String]
        var testDescription: String { "TERM=\(term)" }
    }

    static let cases = [
        // screen's entry lists ESC [ 1 ~ and ESC [ 4 ~ only.
        Case(term: "screen", home: ["\u{1B}[H", "\u{1B}OH"], end: ["\u{1B}[F", "\u{1B}OF"]),
        // xterm's lists ESC O H and ESC O F only.
        Case(term: "xterm", home: ["\u{1B}[1~", "\u{1B}[H"], end: ["\u{1B}[4~", "\u{1B}[F"]),
    ]

    @Test(arguments: cases)
    func homeAndEndMoveTheDocumentList(_ terminal: Case) async throws {
        let session = try TmuxSession(width: 100, height: 30, command: "TERM=\(terminal.term) " + (try DossierExecutable.commandLine()))
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        for (home, end) in zip(terminal.home, terminal.end) {
            try session.typeLiterally(end)
            try await session.waitFor("End on the last document") { Self.listFooter(of: $0) == "5/5" && !$0.statusBar.contains("does nothing") }
            try session.typeLiterally(home)
            try await session.waitFor("Home on the first document") { Self.listFooter(of: $0) == "1/5" && !$0.statusBar.contains("does nothing") }
        }
    }

    /// The position in the focused document list's bottom border, as in `━━ 3/5 ━┛`.
    private static func listFooter(of screen: PaneScreen) -> String? {
        screen.rows.lazy.compactMap { $0.firstMatch(of: /━ (\d+\/\d+) ━┛/) }.first.map { String($0.1) }
    }
}
