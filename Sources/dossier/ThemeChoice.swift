import DossierUI
import Foundation

/// Picks the theme to start with: none when `NO_COLOR` is set, else the default theme file.
enum ThemeChoice {
    /// The theme, and a notice when the wanted theme could not be used.
    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> (Theme, String?) {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return (.monochrome, nil) }
        do {
            return (try ThemeCatalog.standard(environment: environment).load(named: "default"), nil)
        } catch {
            return (.monochrome, "Theme problem, using mono: \(error)")
        }
    }
}
