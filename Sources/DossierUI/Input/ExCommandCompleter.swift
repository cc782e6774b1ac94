import DossierIndex
import Foundation

/// Completes what is typed at the `:` prompt: command names, then a document's title (or path) for
/// `open` or a theme's name for `theme`.
public struct ExCommandCompleter: Sendable {
    public let documents: [DocumentSummary]
    public let themes: [String]

    public init(documents: [DocumentSummary], themes: [String] = []) {
        self.documents = documents
        self.themes = themes
    }

    /// Every way to finish `text`, shortest first; the prompt fills in what they all share.
    public func candidates(for text: String) -> [String] {
        guard let space = text.firstIndex(of: " ") else {
            let names = ExCommand.names + Command.allCases.map(\.rawValue)
            return names.filter { $0.hasPrefix(text) }.sorted { ($0.count, $0) < ($1.count, $1) }
        }
        let name = text[..<space], argument = String(text[text.index(after: space)...])
        switch name {
        case "open", "o": return openCandidates(for: argument).map { "\(name) \($0)" }
        case "theme": return themes.filter { $0.hasPrefix(argument.lowercased()) }.sorted().map { "theme \($0)" }
        default: return []
        }
    }

    /// The documents whose title or path contains `argument`, in list order, each by its title, or by
    /// its path when another document has the same title.
    func openCandidates(for argument: String) -> [String] {
        let needle = QueryHighlighter.fold(argument)
        let titles = Dictionary(documents.map { ($0.title, 1) }, uniquingKeysWith: +)
        return documents.filter { needle.isEmpty || QueryHighlighter.fold($0.title).contains(needle) || QueryHighlighter.fold($0.path).contains(needle) }
            .map { titles[$0.title] == 1 && !$0.title.isEmpty ? $0.title : $0.path }
    }

    /// `text` extended by what every candidate shares, and the candidates.
    public func complete(_ text: String) -> (text: String, candidates: [String]) {
        let found = candidates(for: text)
        guard let first = found.first else { return (text, []) }
        if found.count == 1 { return (first + (first.contains(" ") ? "" : " "), found) }
        let shared = found.dropFirst().reduce(first) { common, next in String(common.commonPrefix(with: next)) }
        return (shared.count > text.count ? shared : text, found)
    }
}
