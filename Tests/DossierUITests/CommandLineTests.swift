import DossierIndex
@testable import DossierUI
import Foundation
import Testing

/// The `:` command line: reading commands, completing them, and what running them does.
@Suite("The command line")
struct CommandLineTests {
    static let documents = ["reports/summit.txt", "reports/sanctions.md", "notes.txt"].enumerated().map { index, path in
        DocumentSummary(id: Int64(index + 1), path: path, title: "Title \(index + 1)", wordCount: 10, sentenceCount: 2)
    }

    func state() -> AppState {
        var state = AppState(corpusName: "test", documents: Self.documents, screen: Size(width: 100, height: 30))
        _ = Reducer.reduce(&state, .documentOpened(ClaimNavigationTests.text(id: 3), focus: nil, target: nil))
        return state
    }

    /// Opens the prompt, types `text` and presses Enter, returning the effects of Enter.
    func run(_ text: String, on state: inout AppState) -> [Effect] {
        _ = Reducer.reduce(&state, .key(.character(":")))
        for character in text { _ = Reducer.reduce(&state, .key(.character(character))) }
        return Reducer.reduce(&state, .key(.enter))
    }

    @Test func commandsAreReadWithTheirArguments() {
        #expect(ExCommand.parse("open summit") == .success(.open("summit")))
        #expect(ExCommand.parse("  filter  sanctions -oil ") == .success(.filter("sanctions -oil")))
        #expect(ExCommand.parse("filter") == .success(.filter("")))
        #expect(ExCommand.parse("q") == .success(.quit))
        #expect(ExCommand.parse("focus.timeline") == .success(.keymap(.focusTimeline)))
        #expect(ExCommand.parse("open") == .failure(ExCommandError(":open needs part of a document's path or title")))
        #expect(ExCommand.parse("frobnicate") == .failure(ExCommandError("Unknown command :frobnicate; :help lists the commands")))
    }

    @Test func tabCompletesCommandNamesThenDocumentTitles() {
        let completer = ExCommandCompleter(documents: Self.documents)
        #expect(completer.complete("fi").text == "filter ")
        #expect(completer.complete("focus.t").text == "focus.timeline ")
        #expect(completer.complete("open summ").text == "open Title 1", "a document by its title")
        #expect(completer.complete("open rep").candidates == ["open Title 1", "open Title 2"], "by title or path, in list order")
        #expect(completer.complete("open zzz") == ("open zzz", []) )
        let twins = Self.documents.map { DocumentSummary(id: $0.id, path: $0.path, title: "Same", wordCount: 1, sentenceCount: 1) }
        #expect(ExCommandCompleter(documents: twins).complete("open summ").text == "open reports/summit.txt", "a shared title gives way to the path")
    }

    @Test func tabStepsThroughTitlesAndOpenFindsTheTitleTyped() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character(":")))
        for character in "open t" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.commandLine.editor.text == "open Title ", "first what every title shares")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.commandLine.editor.text == "open Title 1", "then each title in turn")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.commandLine.editor.text == "open Title 2")
        #expect(PromptLine(state: state).tally == "2/3 · Tab next: Title 3")
        #expect(Reducer.reduce(&state, .key(.enter)) == [.openDocument(2, focus: .reader)])
    }

    @Test func openChoosesTheOneMatchingDocumentAndRecordsTheJump() {
        var state = state()
        #expect(run("open summit", on: &state) == [.openDocument(1, focus: .reader)])
        #expect(state.jumps.position != nil)
        #expect(run("open reports", on: &state).isEmpty)
        #expect(state.message?.text == "“reports” matches 2 documents; Tab lists them")
    }

    @Test func filterNarrowsTheDocumentListUntilClearedAndStaleAnswersAreIgnored() throws {
        var state = state()
        let effects = run("filter sanctions", on: &state)
        let query = QueryParser.parse("sanctions")
        #expect(effects == [.filterDocuments(query)])
        _ = Reducer.reduce(&state, .documentFilterLoaded(QueryParser.parse("other"), [1]))
        #expect(state.visibleDocuments.count == 3, "an answer to another query changes nothing")
        _ = Reducer.reduce(&state, .documentFilterLoaded(query, [2]))
        #expect(state.visibleDocuments.map(\.path) == ["reports/sanctions.md"])
        #expect(DocumentListPane(state: state).title(count: 1) == ":sanctions 1 of 3")
        _ = run("filter", on: &state)
        #expect(state.visibleDocuments.count == 3)
    }

    @Test func keymapCommandsHelpQuitAndHistory() {
        var state = state()
        _ = run("focus.timeline", on: &state)
        #expect(state.focus == .timeline)
        _ = run("help", on: &state)
        #expect(state.overlay == .help(top: 0))
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .key(.character(":")))
        _ = Reducer.reduce(&state, .key(.up))
        #expect(state.commandLine.editor.text == "help", "Up brings back the last command")
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(!state.isTyping)
        #expect(run("q", on: &state) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func themeSwitchesToANamedThemeAndCompletesNames() {
        var state = state()
        state.themes = ThemeCycle(names: ["default", "light", "mono"], current: "default")
        #expect(run("theme light", on: &state) == [.applyTheme("light")])
        #expect(state.themes.current == "light")
        #expect(run("theme purple", on: &state).isEmpty)
        #expect(state.message?.text == "No theme is called purple; Tab lists them")
        #expect(ExCommandCompleter(documents: [], themes: state.themes.names).complete("theme l").text == "theme light")
    }

    @Test func exportReadsTheFormatFromTheFileName() {
        #expect(ExCommand.parse("export brief.md") == .success(.export(path: "brief.md", format: .markdown, replacing: false)))
        #expect(ExCommand.parse("export! data.csv") == .success(.export(path: "data.csv", format: .csv, replacing: true)))
        #expect(ExCommand.parse("export brief.txt") == .failure(ExCommandError(":export needs a file name ending in .md, .json or .csv")))
    }

    @Test func exportWritesTheBriefingAndKeepsAnExistingFileUnlessAskedToReplaceIt() throws {
        var harness = try ScreenHarness()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("brief.json")
        harness.press(":export \(file.path)<Enter>")
        #expect(harness.state.message?.text == "Exported to \(file.path)")
        let exported = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        #expect((exported?["documents"] as? [Any])?.count == harness.state.documents.count)
        try Data("mine".utf8).write(to: file)
        harness.press(":export \(file.path)<Enter>")
        #expect(harness.state.message?.kind == .warning)
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine", "an existing file is not overwritten")
        harness.press(":export! \(file.path)<Enter>")
        #expect(try String(contentsOf: file, encoding: .utf8) != "mine")
    }

    @Test func anUnknownCommandSaysSoAndChangesNothing() {
        var state = state()
        let before = state.focus
        #expect(run("nonsense here", on: &state).isEmpty)
        #expect(state.message?.kind == .warning)
        #expect(state.focus == before)
        #expect(!state.isTyping)
    }
}
