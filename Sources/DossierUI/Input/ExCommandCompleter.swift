import DossierIndex
import Foundation

/// Completes what is typed at the `:` prompt: command names, then a document's path for `open`.
public struct ExCommandCompleter: Sendable {
    public let documents: [DocumentSummary]

    public init(documents: [DocumentSummary]) {
        self.documents = documents
    }

    /// Every way to finish `text`, shortest first; the prompt fills in what they all share.
    public func candidates(for text: String) -> [String] {
        guard let space = text.firstIndex(of: " ") else {
            let names = ExCommand.names + Command.allCases.map(\.rawValue)
            return names.filter { $0.hasPrefix(text) }.sorted { ($0.count, $0) < ($1.count, $1) }
        }
        let name = text[..<space], argument = text[text.index(after: space)...].lowercased()
        guard name == "open" || name == "o" else { return [] }
        return documents.map(\.path).filter { argument.isEmpty || $0.lowercased().contains(argument) }.sorted().map { "\(name) \($0)" }
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
