/// What Tab found to finish the text of a prompt, and which of them the text shows now: Tab again
/// steps through them, Shift-Tab back, as long as the text is the one Tab put there.
public struct Completions: Sendable, Equatable {
    public private(set) var candidates: [String] = []
    /// The candidate the text shows, if it shows one.
    public private(set) var current: Int?

    public init(_ candidates: [String] = [], current: Int? = nil) {
        self.candidates = candidates
        self.current = current
    }

    /// Shows the next (`step` 1) or previous (-1) candidate in `editor`; false when the text is no
    /// longer one Tab put there, so that Tab should look afresh.
    public mutating func step(by step: Int, in editor: inout LineEditor) -> Bool {
        guard let current, candidates.indices.contains(current), editor.text == candidates[current] else { return false }
        let next = (current + step + candidates.count) % candidates.count
        self.current = next
        editor.replace(with: candidates[next])
        return true
    }

    /// Offers `candidates`, showing the first in `editor`.
    public mutating func offer(_ candidates: [String], in editor: inout LineEditor) {
        self.candidates = candidates
        current = candidates.isEmpty ? nil : 0
        if let first = candidates.first { editor.replace(with: first) }
    }

    /// "2/5 · Tab next: Ebrahim Raisi", or nil with fewer than two candidates.
    public func hint(showing name: (String) -> String = { $0 }) -> String? {
        guard candidates.count > 1, let current else { return nil }
        return "\(current + 1)/\(candidates.count) · Tab next: \(name(candidates[(current + 1) % candidates.count]))"
    }
}
