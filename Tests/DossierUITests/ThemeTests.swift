import Foundation
@testable import DossierUI
import Testing

@Suite("Themes")
struct ThemeTests {
    @Test func shippedDefaultThemeParsesAndCoversEveryRole() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes")
        let theme = try ThemeCatalog(directories: [directory]).load(named: "default")
        #expect(theme.name == "default")
        #expect(Set(theme.entries.keys) == Set(StyleRole.allCases))
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

    @Test func errorsNameTheFileLineAndKey() {
        let text = "name = \"x\"\n\n[selection]\nfg = \"purpleish\"\n"
        #expect(throws: ThemeError(file: "x.toml", line: 4, key: "selection.fg",
                                   problem: "not a colour; use a name (red, bright_blue, default), 0–255, or \"#rrggbb\"")) {
            try ThemeParser.parse(text, file: "x.toml", defaultName: "x")
        }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("[selection\nfg = 1", file: "y.toml", defaultName: "y") }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("[nonsense]\nfg = 1", file: "z.toml", defaultName: "z") }
    }

    @Test func coloursFallBackToWhatTheTerminalHas() {
        let eight = ColorResolver(colorCount: 8)
        #expect(eight.resolve(.basic(9)) == .init(index: 1, needsBold: true))
        #expect(eight.resolve(.rgb(250, 10, 10)) == .init(index: 1, needsBold: false))
        #expect(eight.resolve(.indexed(21)) == .init(index: 4, needsBold: false))
        let full = ColorResolver(colorCount: 256)
        #expect(full.resolve(.rgb(255, 135, 0)) == .init(index: 208, needsBold: false))
        #expect(full.resolve(.indexed(240)) == .init(index: 240, needsBold: false))
        #expect(ColorResolver(colorCount: 0).resolve(.basic(2)) == .init(index: nil, needsBold: false))
    }
}
