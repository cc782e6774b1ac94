import Foundation
@testable import DossierUI
import Testing

@Suite("Themes")
struct ThemeTests {
    static let shippedDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes")
    static let shippedNames = ["default", "light", "solarized-dark", "high-contrast", "mono"]
    static let shipped = ThemeCatalog(directories: [shippedDirectory])

    /// A fresh directory holding `files` (name to text), removed by the caller.
    static func scratchDirectory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    // MARK: Parsing

    @Test(arguments: shippedNames)
    func shippedThemeParsesAndCoversEveryRole(name: String) throws {
        let theme = try Self.shipped.load(named: name)
        #expect(theme.name == name)
        #expect(Set(theme.entries.keys) == Set(StyleRole.allCases))
        #expect(Self.shipped.names.contains(name))
    }

    @Test func shippedMonoIsTheBuiltInMonochromeTheme() throws {
        let mono = try Self.shipped.load(named: "mono")
        #expect(mono == Theme.monochrome)
        #expect(mono.entries.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
    }

    @Test func coloursByNameIndexAndHex() throws {
        let theme = try ThemeParser.parse("""
        [selection]
        fg = "bright_white"
        bg = 24
        bold = true
        [search_hit]
        fg = "#ff8700"
        """, file: "t.toml", defaultName: "t")
        #expect(theme.entry(for: .selection) == ThemeEntry(foreground: .basic(15), background: .indexed(24), bold: true))
        #expect(theme.entry(for: .searchHit).foreground == .rgb(255, 135, 0))
        #expect(theme.entry(for: .person) == theme.entry(for: .text))
    }

    @Test func rolesTakeTheTextColoursTheyLeaveOut() throws {
        let theme = try ThemeParser.parse("""
        [person]
        fg = "green"
        [text]
        fg = "#000000"
        bg = "#ffffff"
        bold = true
        [status_bar]
        bg = "default"
        """, file: "t.toml", defaultName: "t")
        #expect(theme.entry(for: .person) == ThemeEntry(foreground: .basic(2), background: .rgb(255, 255, 255)))
        #expect(theme.entry(for: .statusBar) == ThemeEntry(foreground: .rgb(0, 0, 0), background: .terminalDefault))
    }

    @Test func errorsNameTheFileLineAndKey() {
        let text = "name = \"x\"\n\n[selection]\nfg = \"purpleish\"\n"
        #expect(throws: SettingsFileError(file: "x.toml", line: 4, key: "selection.fg",
                                          problem: "not a colour; use a name (red, bright_blue, default), 0–255, or \"#rrggbb\"")) {
            try ThemeParser.parse(text, file: "x.toml", defaultName: "x")
        }
        #expect(throws: SettingsFileError(file: "b.toml", line: 3, key: "date.bold", problem: "expected true or false")) {
            try ThemeParser.parse("[date]\nfg = 4\nbold = \"yes\"\n", file: "b.toml", defaultName: "b")
        }
        #expect(throws: SettingsFileError(file: "n.toml", line: 2, key: "name", problem: "expected a string")) {
            try ThemeParser.parse("# a theme\nname = 3\n", file: "n.toml", defaultName: "n")
        }
        let unknown = #expect(throws: SettingsFileError.self) { try ThemeParser.parse("[text]\n[nonsense]\nfg = 1", file: "z.toml", defaultName: "z") }
        #expect(unknown?.line == 2 && unknown?.key == "nonsense")
        let syntax = #expect(throws: SettingsFileError.self) { try ThemeParser.parse("[text]\nfg = 1\n[selection\nfg = 1", file: "y.toml", defaultName: "y") }
        #expect(syntax?.file == "y.toml" && syntax?.line == 3)
    }

    // MARK: Finding and loading

    @Test func userThemesOverrideShippedOnesByName() throws {
        let user = try Self.scratchDirectory(["light.toml": "name = \"my light\"\n[text]\nfg = \"blue\"\n", "mine.toml": "[text]\n"])
        defer { try? FileManager.default.removeItem(at: user) }
        let catalog = ThemeCatalog(directories: [user, Self.shippedDirectory])
        #expect(try catalog.load(named: "light").name == "my light")
        #expect(try catalog.load(named: "solarized-dark").name == "solarized-dark")
        #expect(catalog.names == (Self.shippedNames + ["mine"]).sorted())
    }

    @Test func userThemeDirectoryFollowsXDGConfigHome() {
        let xdg = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "/xdg", "HOME": "/home/u"])
        #expect(xdg.directories.first?.path == "/xdg/dossier/themes")
        let home = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"])
        #expect(home.directories.first?.path == "/home/u/.config/dossier/themes")
    }

    @Test func aBrokenThemeFallsBackToDefaultWithAMessageNamingFileLineAndKey() throws {
        let user = try Self.scratchDirectory(["broken.toml": "[text]\nfg = \"white\"\n\n[title]\nbold = 1\n"])
        defer { try? FileManager.default.removeItem(at: user) }
        let loader = ThemeLoader(catalog: ThemeCatalog(directories: [user, Self.shippedDirectory]))
        let (theme, problem) = loader.load(named: "broken")
        #expect(theme == (try Self.shipped.load(named: "default")))
        let file = user.appendingPathComponent("broken.toml").path
        #expect(problem == StatusMessage("Theme \(file):5 (title.bold): expected true or false; using default", kind: .warning))
        #expect(loader.load(named: "light").problem == nil)
        #expect(loader.load(named: "nowhere").problem?.text.contains("no such theme; available: broken, default") == true)
    }

    @Test func aBrokenMonoNeverBringsColour() throws {
        let user = try Self.scratchDirectory(["mono.toml": "[text\n"])
        defer { try? FileManager.default.removeItem(at: user) }
        let (theme, problem) = ThemeLoader(catalog: ThemeCatalog(directories: [user, Self.shippedDirectory])).load(named: "mono")
        #expect(theme == .monochrome)
        #expect(problem?.kind == .warning)
    }

    // MARK: Choosing

    @Test func noColorChoosesMonoUnlessAThemeIsAskedFor() {
        #expect(ThemeChoice.startingName(option: nil, configured: nil, environment: ["NO_COLOR": "1"]) == "mono")
        #expect(ThemeChoice.startingName(option: nil, configured: nil, environment: ["NO_COLOR": ""]) == "default")
        #expect(ThemeChoice.startingName(option: nil, configured: nil, environment: [:]) == "default")
        #expect(ThemeChoice.startingName(option: nil, configured: "light", environment: ["NO_COLOR": "1"]) == "light")
        #expect(ThemeChoice.startingName(option: "high-contrast", configured: "light", environment: ["NO_COLOR": "1"]) == "high-contrast")
    }

    @Test func configFileNamesTheTheme() throws {
        let config = try Self.scratchDirectory([:])
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path]
        #expect(try UserConfiguration.load(environment: environment) == UserConfiguration())
        try FileManager.default.createDirectory(at: config.appendingPathComponent("dossier"), withIntermediateDirectories: true)
        try "# mine\ntheme = \"solarized-dark\"\n[keys]\nq = \"app.quit\"\n"
            .write(to: config.appendingPathComponent("dossier/config.toml"), atomically: true, encoding: .utf8)
        #expect(try UserConfiguration.load(environment: environment).theme == "solarized-dark")
        #expect(throws: SettingsFileError(file: "c.toml", line: 2, key: "theme", problem: "expected a theme name such as \"light\"")) {
            try UserConfiguration.parse("\ntheme = 7\n", file: "c.toml")
        }
    }

    // MARK: What the terminal can show

    @Test func coloursFallBackToWhatTheTerminalHas() {
        let eight = ColorResolver(colorCount: 8)
        #expect(eight.resolve(.basic(9)) == .init(index: 1, needsBold: true))
        #expect(eight.resolve(.basic(3)) == .init(index: 3, needsBold: false))
        #expect(eight.resolve(.rgb(250, 10, 10)) == .init(index: 1, needsBold: false))
        #expect(eight.resolve(.indexed(21)) == .init(index: 4, needsBold: false))
        #expect(eight.resolve(.terminalDefault) == .init(index: nil, needsBold: false))
        let sixteen = ColorResolver(colorCount: 16)
        #expect(sixteen.resolve(.basic(9)) == .init(index: 9, needsBold: false))
        #expect(sixteen.resolve(.rgb(128, 128, 128)) == .init(index: 8, needsBold: false))
        // An 88-colour terminal numbers its cube differently, so only the basic colours are trusted.
        #expect(ColorResolver(colorCount: 88).resolve(.indexed(196)) == .init(index: 9, needsBold: false))
    }

    @Test func hexColoursTakeTheNearestOfXtermsPalette() {
        let full = ColorResolver(colorCount: 256)
        #expect(full.resolve(.rgb(255, 135, 0)) == .init(index: 208, needsBold: false))
        #expect(full.resolve(.rgb(0, 43, 54)) == .init(index: 234, needsBold: false))
        #expect(full.resolve(.rgb(128, 128, 128)) == .init(index: 244, needsBold: false))
        // Black is the cube's, not basic colour 0, which users often redefine.
        #expect(full.resolve(.rgb(0, 0, 0)) == .init(index: 16, needsBold: false))
        #expect(full.resolve(.indexed(240)) == .init(index: 240, needsBold: false))
        #expect(full.resolve(.basic(4)) == .init(index: 4, needsBold: false))
    }

    @Test func monochromeTerminalsDrawWithAttributesAlone() throws {
        let none = ColorResolver(colorCount: 2)
        #expect(none.resolve(.basic(2)) == .init(index: nil, needsBold: false))
        #expect(none.resolve(.rgb(1, 2, 3)) == .init(index: nil, needsBold: false))
        #expect(none.drawable(try Self.shipped.load(named: "solarized-dark")) == .monochrome)
        let light = try Self.shipped.load(named: "light")
        #expect(ColorResolver(colorCount: 8).drawable(light) == light)
    }

    /// On 8- and 256-colour terminals no role's text takes its background's colour, and the
    /// selection, search hits and status bar stand out from plain text.
    @Test(arguments: shippedNames)
    func shippedThemeStaysLegibleOnEightAndTwoHundredFiftySixColours(name: String) throws {
        let theme = try Self.shipped.load(named: name)
        for resolver in [ColorResolver(colorCount: 8), ColorResolver(colorCount: 256)] {
            func look(_ role: StyleRole) -> [AnyHashable] {
                let entry = theme.entry(for: role)
                let foreground = resolver.resolve(entry.foreground), background = resolver.resolve(entry.background)
                return [foreground.index, background.index, entry.reverse, entry.bold || foreground.needsBold, entry.underline]
            }
            for role in StyleRole.allCases {
                let entry = theme.entry(for: role)
                let foreground = resolver.resolve(entry.foreground).index, background = resolver.resolve(entry.background).index
                #expect(foreground == nil || foreground != background, "\(name) \(role) with \(resolver.colorCount) colours")
            }
            for role in [StyleRole.selection, .searchHit, .statusBar] {
                #expect(look(role) != look(.text), "\(name) \(role) with \(resolver.colorCount) colours")
            }
        }
    }

    // MARK: Cycling

    @Test func capitalTCyclesThroughTheThemesAndNamesEach() {
        var state = AppState(corpusName: "c", documents: [], screen: Size(width: 100, height: 30))
        state.themes = ThemeCycle(names: ["default", "light", "mono"], current: "light")
        _ = Reducer.reduce(&state, .resize(state.screen))  // the first action asks for the timeline
        #expect(Reducer.reduce(&state, .key(.character("T"))) == [.applyTheme("mono")])
        #expect(state.message == StatusMessage("Theme: mono"))
        #expect(Reducer.reduce(&state, .key(.character("T"))) == [.applyTheme("default")])
        #expect(state.themes.current == "default")
        state.themes.current = "misspelt"
        #expect(Reducer.reduce(&state, .key(.character("T"))) == [.applyTheme("default")])
        state.themes.names = []
        #expect(Reducer.reduce(&state, .key(.character("T"))).isEmpty)
        #expect(state.message?.kind == .warning)
    }

    @Test func capitalTIsTypedWhileAPromptIsOpen() {
        var state = AppState(corpusName: "c", documents: [], screen: Size(width: 100, height: 30))
        state.themes = ThemeCycle(names: ["default", "light"], current: "default")
        _ = Reducer.reduce(&state, .key(.character("/")))
        let effects = Reducer.reduce(&state, .key(.character("T")))
        #expect(!effects.contains(.applyTheme("light")))
        #expect(state.search.editor.text == "T")
        #expect(state.themes.current == "default")
    }
}
