import Foundation

/// Marks text up with ANSI attributes when standard output is a terminal that wants colour.
struct TerminalEmphasis {
    let enabled: Bool

    /// On for a terminal, off when piped or when `NO_COLOR` is set.
    static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalEmphasis {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalEmphasis(enabled: isatty(STDOUT_FILENO) == 1 && !noColor)
    }

    func dim(_ text: String) -> String {
        enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    /// Wraps the scalar ranges of `text` in bold and underline.
    func highlight(_ text: String, ranges: [Range<Int>]) -> String {
        guard enabled, !ranges.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= position && range.upperBound <= scalars.count {
            result.append(contentsOf: scalars[position..<range.lowerBound])
            result.append(contentsOf: "\u{1B}[1;4m".unicodeScalars)
            result.append(contentsOf: scalars[range])
            result.append(contentsOf: "\u{1B}[0m".unicodeScalars)
            position = range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }
}
