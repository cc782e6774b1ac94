import DossierIndex
import Foundation

/// Completes what is typed at the `:` prompt: command names, then a document's path for `open`
/// or a theme's name for `theme`.
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
        let name = text[..<space], argument = text[text.index(after: space)...].lowercased()
        switch name {
        case "open", "o": return documents.map(\.path).filter { argument.isEmpty || $0.lowercased().contains(argument) }.sorted().map { "\(name) \($0)" }
        case "theme": return themes.filter { $0.hasPrefix(argument) }.sorted().map { "theme \($0)" }
        default: return []
        }
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
