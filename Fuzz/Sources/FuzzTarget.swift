import DossierIndex
import DossierUI
import Foundation

/// What libFuzzer feeds: one of Dossier's readers of text from outside, chosen by
/// `DOSSIER_FUZZ_TARGET` (`query`, `settings`, `keys` or `theme`). A crash, a trap (an index out of
/// range, an overflow) or a hang in any of them is a finding; a clear error is not.
enum FuzzTarget: String {
    case query, settings, keys, theme

    static let current = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TARGET"].flatMap(FuzzTarget.init) ?? .query

    func read(_ text: String) {
        switch self {
        case .query:
            // The explorer parses the text as it is typed, the command line as a whole.
            for typing in [false, true] {
                let query = QueryParser.parse(text, typing: typing)
                _ = query.matchExpression
                _ = QueryHighlighter(query: query).ranges(in: text)
            }
        case .settings:
            _ = try? EntityOverrides(toml: text)
            _ = try? DocumentOverrides(toml: text)
            // Editing must leave whatever the file holds readable, or refuse.
            _ = TOMLTableEditor.setting("Fuzzed \(text.count)", to: "\"Name\"", inTable: "entities.rename", in: text)
        case .keys:
            if let configuration = try? UserConfiguration.parse(text, file: "config.toml") {
                _ = configuration.keys?.apply(to: .standard)
            }
        case .theme:
            _ = try? ThemeParser.parse(text, file: "fuzzed.toml", defaultName: "fuzzed")
        }
    }
}
