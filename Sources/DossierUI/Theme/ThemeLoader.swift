/// Loads themes by name for the explorer, falling back instead of failing, because a broken theme
/// file must not keep anyone from their documents.
public struct ThemeLoader: Sendable {
    public let catalog: ThemeCatalog

    public init(catalog: ThemeCatalog) {
        self.catalog = catalog
    }

    /// The names `T` cycles through.
    public var names: [String] { catalog.names }

    /// The theme called `name`; when it cannot be loaded, `default` (or the built-in mono) and a
    /// warning naming the file, line and key at fault.
    public func load(named name: String) -> (theme: Theme, problem: StatusMessage?) {
        do {
            return (try catalog.load(named: name), nil)
        } catch {
            let fallback = self.fallback(for: name)
            return (fallback, StatusMessage("Theme \(error); using \(fallback.name)", kind: .warning))
        }
    }

    /// What stands in for a theme that failed: a broken `mono` gets the built-in one, since whoever
    /// asked for no colour (perhaps through `NO_COLOR`) should not get colour instead.
    private func fallback(for name: String) -> Theme {
        guard name != "mono", name != "default" else { return .monochrome }
        return (try? catalog.load(named: "default")) ?? .monochrome
    }
}
