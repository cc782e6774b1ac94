import Testing

/// The explorer as a user sees it in a real terminal: what it draws, how keys move it, and how it
/// follows the window's size.
@Suite struct ExplorerScreenTests {
    /// The seeds' titles as far as they fit the document list at 100 columns, in list order.
    static let seedTitles = [
        "Russia’s invasion of", "Russia was becoming", "Iran and Russia Alig", "Russia & Iran Conver",
        "When Iranian Preside",
    ]
    static let firstDocument = "000_fd1fe431e2db35de.txt"
    static let thirdDocument = "002_5f4c54cc68c0ed8a.txt"

    @Test func opensOnSeedsWithEveryDocumentListed() async throws {
        let session = try TmuxSession(width: 100, height: 30, command: try DossierExecutable.commandLine())
        let screen = try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        for title in Self.seedTitles {
            #expect(screen.listShows(title: title), "\(title) is not in the document list:\n\(screen)")
        }
        #expect(screen.listMarksOpen(title: Self.seedTitles[0]), "The first document should be marked open:\n\(screen)")
        #expect(screen.rows[0].contains(Self.firstDocument), "The reader should open the first document:\n\(screen)")
        #expect(screen.statusBar.contains("5 documents"))
    }

    @Test func opensTheSelectedDocumentAndPagesThroughIt() async throws {
        let session = try TmuxSession(width: 100, height: 30, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        try session.sendKeys("j", "j", "Enter")
        let opened = try await session.waitFor("002 open in the focused reader") { screen in
            screen.rows[0].contains(Self.thirdDocument) && screen.statusBar.contains("· Reader")
                && screen.contains("Since the end of the Cold War") && screen.listMarksOpen(title: Self.seedTitles[2])
        }
        let startPercentage = try #require(Self.readerPercentage(on: opened), "No percentage in the reader's border:\n\(opened)")
        try session.sendKeys("Space")
        try await session.waitFor("the reader a page further on") { screen in
            !screen.contains("Since the end of the Cold War")
                && (Self.readerPercentage(on: screen) ?? 0) > startPercentage
        }
    }

    @Test func followsTheWindowAsItShrinksAndGrows() async throws {
        let session = try TmuxSession(width: 100, height: 30, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        try session.resize(width: 70, height: 20)
        try await session.waitFor("the layout redrawn at 70×20") { Self.showsLayout(on: $0, width: 70, height: 20) }
        try session.resize(width: 50, height: 10)
        try await session.waitFor("the too-small notice at 50×10") { $0.contains("Terminal too small (50×10)") }
        try session.resize(width: 100, height: 30)
        try await session.waitFor("the full layout back at 100×30 on the same document") { screen in
            Self.showsLayout(on: screen, width: 100, height: 30) && screen.showsExplorer(documentCount: 5)
                && screen.rows[0].contains(Self.firstDocument) && !screen.contains("Terminal too small")
        }
    }

    @Test func searchResultsFollowEachKeyBeforeEnter() async throws {
        let session = try TmuxSession(width: 100, height: 30, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        try session.sendKeys("/")
        var typed = ""
        for character in "arms emb" {
            try session.typeLiterally(String(character))
            typed.append(character)
            try await session.waitFor("the prompt to show /\(typed)") { $0.rows.last?.hasPrefix("/" + typed) == true }
        }
        let screen = try await session.waitFor("results with embargo while the prompt is still open") { screen in
            screen.contains("embargo") && screen.contains("matching sentences in 3 documents")
        }
        #expect(screen.rows.last?.hasPrefix("/arms emb") == true, "Enter was never pressed, the prompt stays:\n\(screen)")
        try session.sendKeys("Enter")
        try await session.waitFor("the first result open in the reader with the search in the status bar") { screen in
            screen.statusBar.hasPrefix(" /arms emb · hit ") && screen.contains("embargo") && screen.statusBar.contains("3 documents")
        }
    }

    @Test func choosingAnEntityHighlightsItsMentionsAndNarrowsTheList() async throws {
        let session = try TmuxSession(width: 120, height: 40, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        try session.sendKeys("3", "/")
        try session.typeLiterally("raisi")
        try await session.waitFor("the sidebar filtered to Raisi") { $0.rows.last?.hasPrefix("Filter entities: raisi") == true && $0.contains("Ebrahim Raisi") }
        try session.sendKeys("Enter", "Enter")
        let chosen = try await session.waitFor("Raisi chosen, the list narrowed to the documents naming him") { screen in
            screen.rows[0].contains("Ebrahim Raisi in") && screen.statusBar.hasPrefix(" Ebrahim Raisi")
        }
        #expect(!chosen.rows[0].contains("in 5 of 5"), "Raisi is not in every seed:\n\(chosen)")
        // Mentions are drawn bold and underlined in the person colour; the rest of the text is not.
        let underlined = try Regex("\u{1B}\\[1;4m(\u{1B}\\[[0-9;]*m)*(Ebrahim )?Raisi")
        #expect(try session.captureWithAttributes().contains { $0.contains(underlined) }, "No underlined Raisi in the reader")
        try session.sendKeys("n")
        try await session.waitFor("n goes to the first mention") { $0.statusBar.contains("mention 1 of") }
        try session.sendKeys("Escape")
        try await session.waitFor("Esc clears the entity and lists every document") { $0.rows[0].contains("Documents (5)") }
    }

    @Test func jumpsFromAClaimToItsCrossReferenceAndBackToTheSameLine() async throws {
        let session = try TmuxSession(width: 120, height: 40, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds with claims marked") { $0.statusBar.contains("linked claim") }
        try session.sendKeys("]")
        let atClaim = try await session.waitFor("] on a claim with cross-references") { $0.statusBar.contains("claim 1 of") }
        let readerRows = Self.readerRows(of: atClaim)
        try session.sendKeys("Enter")
        try await session.waitFor("the cross-reference panel") { $0.contains("Cross-references (") && $0.contains("This claim") }
        try session.sendKeys("Enter")
        let jumped = try await session.waitFor("the linked sentence in another document") { screen in
            !screen.rows[0].contains(Self.firstDocument) && screen.statusBar.contains("jump 1/1")
        }
        #expect(Self.readerRows(of: jumped) != readerRows)
        try session.sendKeys("C-o")
        // The gutter's claim markers arrive after the text, so the rows are waited for, not compared once.
        try await session.waitFor("Ctrl-O back on the same line of the first document") { screen in
            screen.rows[0].contains(Self.firstDocument) && Self.readerRows(of: screen) == readerRows
        }
    }

    @Test func theTimelineJumpsToTheSentenceOfADate() async throws {
        let session = try TmuxSession(width: 120, height: 40, command: try DossierExecutable.commandLine())
        try await session.waitFor("the timeline filled in") { $0.contains("Timeline (") && $0.contains("late 16th c.") }
        try session.sendKeys("4")
        try session.sendKeys("G")
        let last = try await session.waitFor("the latest date selected") { screen in
            screen.rows.contains { row in row.firstMatch(of: /(\d+)\/(\d+) · all documents/).map { $0.1 == $0.2 } ?? false }
        }
        let selected = try #require(last.rows.last { $0.hasPrefix("┃ ") && $0.contains("2028") })
        #expect(selected.contains("2028"), "the last event is the latest date:\n\(last)")
        try session.sendKeys("Enter")
        let jumped = try await session.waitFor("the reader on the sentence with 2028") { screen in
            screen.statusBar.contains("Reader") && screen.statusBar.contains("jump 1/1") && Self.readerRows(of: screen).contains { $0.contains("2028") }
        }
        #expect(!jumped.rows[0].contains(Self.firstDocument), "the date is in another document")
    }

    @Test func aDoubleClickOpensADocumentAndTheWheelScrollsTheReader() async throws {
        let session = try TmuxSession(width: 120, height: 40, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds") { $0.rows[0].contains(Self.firstDocument) }
        // The xterm mouse report tmux passes on: ESC [ M, then button, column and row, each plus 32 (1-based).
        let click = Self.mouseReport(button: 0, x: 5, y: 5) + Self.mouseReport(button: 3, x: 5, y: 5)
        try session.typeLiterally(click)
        try session.typeLiterally(click)
        let opened = try await session.waitFor("the third document opened by the double-click") { $0.rows[0].contains("002_5f4c54cc68c0ed8a.txt") }
        let before = Self.readerRows(of: opened)
        try session.typeLiterally(Self.mouseReport(button: 65, x: 50, y: 10))
        let scrolled = try await session.waitFor("the reader scrolled by the wheel") { Self.readerRows(of: $0) != before }
        #expect(Self.readerRows(of: scrolled)[1] == before[1 + 3], "one notch scrolls three lines:\n\(scrolled)")
    }

    private static func mouseReport(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    /// The reader's text rows, between the document list and the sidebar.
    private static func readerRows(of screen: PaneScreen) -> [String] {
        screen.rows.prefix(28).map { row in String(row.dropFirst(28).prefix(60)) }
    }

    /// Whether `screen` is a layout drawn for exactly `width`×`height`: the top border's corner in
    /// the last column, nothing beyond it, and the whole status bar on the last row. A frame left
    /// over from another size fails at least one of these once tmux has cut or padded it.
    private static func showsLayout(on screen: PaneScreen, width: Int, height: Int) -> Bool {
        guard screen.rows.count == height, let top = screen.rows.first, let corner = top.last else { return false }
        return top.count == width && "┐┓".contains(corner)
            && screen.rows.allSatisfy { $0.count <= width }
            && screen.statusBar.contains("5 documents") && screen.statusBar.hasSuffix("q quit")
    }

    /// The reader's scroll position, shown in its bottom border as in `── 14% ─┘`; the border's
    /// dashes keep a percentage in the article's text from matching.
    private static func readerPercentage(on screen: PaneScreen) -> Int? {
        for row in screen.rows {
            if let match = row.firstMatch(of: /(\d+)% [─━]+[┘┛]/) { return Int(match.1) }
        }
        return nil
    }
}

/// Searching as the user types, in a real terminal.
@Suite struct SearchWhileTypingScreenTests {
    @Test func everyWordTypedMatchesAsAPrefix() async throws {
        let session = try TmuxSession(width: 120, height: 40, command: try DossierExecutable.commandLine())
        try await session.waitFor("the explorer on seeds") { $0.showsExplorer(documentCount: 5) }
        try session.sendKeys("/")
        try session.typeLiterally("sanc rus")
        let screen = try await session.waitFor("sentences with sanctions and Russia while both words are unfinished") { screen in
            screen.rows.last?.hasPrefix("/sanc rus") == true && screen.contains("matching sentences in")
        }
        #expect(screen.rows.contains { $0.contains("sanction") && ($0.contains("Russia") || $0.contains("russia")) },
                "a result shows both words:\n\(screen)")
        try session.typeLiterally(" ira")
        try await session.waitFor("a third unfinished word narrows them") { screen in
            screen.rows.last?.hasPrefix("/sanc rus ira") == true && screen.contains("matching sentence") && screen.contains("Iran")
        }
    }
}
