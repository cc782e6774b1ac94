import Foundation
@testable import DossierUI
import Testing

@Suite("Keys and the keymap")
struct KeymapTests {
    @Test(arguments: [
        ("j", Key.character("j")), ("G", .character("G")), ("Ctrl-D", .control("d")), ("C-u", .control("u")),
        ("PgDn", .pageDown), ("Enter", .enter), ("Space", .character(" ")), ("Shift-Tab", .backTab), ("F5", .function(5)),
    ])
    func keyNamesAreRead(name: String, key: Key) {
        #expect(Key(name: name) == key)
    }

    @Test func unknownKeyNamesAreRejected() {
        #expect(Key(name: "Hyper-Q") == nil)
        #expect(Key(name: "F99") == nil)
    }

    @Test func displayNamesReadBack() {
        for key in [Key.control("d"), .pageDown, .enter, .character(" "), .backTab, .function(12)] {
            #expect(Key(name: key.displayName) == key)
        }
    }

    @Test func paneScopeWinsOverGlobal() {
        let keymap = Keymap.standard
        #expect(keymap.command(for: .character(" "), in: [.reader, .global]) == .pageDown)
        #expect(keymap.command(for: .character(" "), in: [.documents, .global]) == nil)
        #expect(keymap.command(for: .character("q"), in: [.help]) == .closeOverlay)
        #expect(keymap.command(for: .character("q"), in: [.documents, .global]) == .quit)
    }

    @Test func rebindingReplacesTheOldBindingAndShowsInHelpAndStatusBar() {
        var keymap = Keymap.standard
        keymap.bind(.character("x"), to: .quit, in: .global)
        keymap.bind(.character("q"), to: .toggleHelp, in: .global)
        #expect(keymap.command(for: .character("q"), in: [.global]) == .toggleHelp)
        #expect(keymap.keys(for: .quit, in: .global) == [.character("x")])
        let lines = HelpOverlay.lines(for: keymap)
        #expect(lines.contains { $0.keys == "x" && $0.summary == Command.quit.summary })
        var state = AppState(corpusName: "c", documents: [], screen: Size(width: 100, height: 30), keymap: keymap)
        state.message = nil
        #expect(StatusBar(state: state).hints.contains("x quit"))
    }

    @Test func everyCommandHasAStableDottedName() {
        for command in Command.allCases {
            #expect(command.rawValue.contains("."))
            #expect(Command(rawValue: command.rawValue) == command)
        }
    }
}

/// The `[keys]` tables of config.toml.
@Suite("Key bindings from config.toml")
struct KeyBindingsFileTests {
    @Test func bindingsApplyEverywhereOrInOneScope() {
        let file = KeyBindingsFile(text: """
            [keys]
            "Ctrl-J" = "cursor.down"
            [keys.timeline]
            o = "overlay.open"
            """, file: "config.toml")
        let (keymap, problems) = file.apply(to: .standard)
        #expect(problems.isEmpty)
        #expect(keymap.command(for: .control("j"), in: [.reader, .global]) == .cursorDown)
        #expect(keymap.command(for: .character("o"), in: [.timeline, .global]) == .openSelected)
        #expect(keymap.command(for: .character("o"), in: [.reader, .global]) == nil)
        #expect(HelpOverlay.lines(for: keymap).contains { $0.keys.contains("Ctrl-J") }, "the help shows the bindings in force")
    }

    @Test func mistakesNameTheLineAndTheOthersStillApply() {
        let file = KeyBindingsFile(text: """
            [keys]
            "Hyper-Q" = "app.quit"
            "x" = "no.such.command"
            "Ctrl-K" = "cursor.up"
            """, file: "config.toml")
        let (keymap, problems) = file.apply(to: .standard)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.hasPrefix("config.toml:2:") && $0.contains("Hyper-Q") })
        #expect(problems.contains { $0.hasPrefix("config.toml:3:") && $0.contains("must name a command") })
        #expect(keymap.command(for: .control("k"), in: [.global]) == .cursorUp)
    }

    /// Twenty thousand bindings, half of them mistakes, from a real config.toml: every good one applies
    /// and every mistake names its own line. Reading was quadratic (4,000 bindings took 74 s, 20,000
    /// never finished); it is linear now, so this finishes in well under a second.
    @Test func aConfigFileWithThousandsOfBindingsLoadsWithEveryLineNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-config-\(UUID().uuidString)/dossier")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let count = 10_000
        var text = "theme = \"light\"\n[keys]\n"
        for index in 0..<count { text += "\"\(Character(Unicode.Scalar(0x4E00 + index)!))\" = \"cursor.down\"\n" }
        text += "[keys.reader]\n"
        for index in 0..<count { text += "\"nokey\(index)\" = \"cursor.up\"\n" }
        try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let configuration = try UserConfiguration.load(environment: ["XDG_CONFIG_HOME": folder.deletingLastPathComponent().path])
        let (keymap, problems) = try #require(configuration.keys).apply(to: .standard)
        #expect(keymap.bindings.count == Keymap.standard.bindings.count + count)
        #expect(keymap.command(for: .character(Character(Unicode.Scalar(0x4E00 + count - 1)!)), in: [.global]) == .cursorDown)
        #expect(problems.count == count)
        #expect(problems.first?.hasPrefix("\(folder.path)/config.toml:\(count + 4): \"nokey0\" is no key") == true)
        #expect(problems.contains { $0.hasPrefix("\(folder.path)/config.toml:\(2 * count + 3): \"nokey\(count - 1)\"") })
    }

    @Test func aBrokenFileLeavesTheKeymapAlone() {
        let (keymap, problems) = KeyBindingsFile(text: "[keys\n", file: "config.toml").apply(to: .standard)
        #expect(keymap == .standard)
        #expect(problems.first?.hasPrefix("config.toml:1:") == true)
    }
}
