import Foundation
import TOMLKit

/// The user's corrections to documents, read from the `[documents."PATH"]` tables of a corpus's
/// `dossier.toml`: for now, the date a document was written.
///
/// ```toml
/// [documents."reports/2023-summit.txt"]
/// date = "2023-07-19"
/// ```
public struct DocumentOverrides: Sendable, Equatable {
    /// ISO 8601 dates by the document's path relative to the corpus root.
    public var dates: [String: String] = [:]
    /// The line each document's date is written on, for notes about it.
    public var lines: [String: Int] = [:]

    public init() {}

    public init(toml text: String, file: String = "dossier.toml") throws(EntityOverridesError) {
        let root = try SettingsTOML.root(of: text, file: file)
        guard let value = root["documents"] else { return }
        guard let documents = value.table else {
            throw EntityOverridesError(file: file, line: KeyLocator(text: text).line(ofKey: "documents", inTable: ""),
                                       problem: "`documents` must hold tables such as [documents.\"report.txt\"]")
        }
        let locator = KeyLocator(text: text)
        for path in documents.keys {
            let table = "documents.\(TOMLTableEditor.quoted(path))"
            guard let entry = documents[path]?.table else {
                throw EntityOverridesError(file: file, line: locator.line(ofKey: path, inTable: "documents"),
                                           problem: "[documents.\"\(path)\"] must be a table with date = \"YYYY-MM-DD\"")
            }
            guard let raw = entry["date"] else { continue }
            let line = locator.line(ofKey: "date", inTable: table)
            guard let written = raw.string ?? raw.date.map({ String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) }),
                  let date = MetadataDate.normalize(written), Self.isOnTheCalendar(date) else {
                throw EntityOverridesError(file: file, line: line,
                                           problem: "[documents.\"\(path)\"] date must be a real date such as \"2024-01-24\", \"2024-01\" or \"2024\"")
            }
            dates[path] = date
            lines[path] = line
        }
    }

    /// Whether `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a year from 1 to 9999, a month from 1 to 12
    /// and a day the month has ("2023-13-45" and year 99999 do not).
    static func isOnTheCalendar(_ date: String) -> Bool {
        let parts = date.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), date.split(separator: "-")[0].count == 4 else { return false }
        let numbers = parts.compactMap { $0 }
        guard (1...9999).contains(numbers[0]) else { return false }
        guard numbers.count > 1 else { return true }
        guard (1...12).contains(numbers[1]) else { return false }
        guard numbers.count > 2 else { return true }
        var components = DateComponents(year: numbers[0], month: numbers[1], day: numbers[2])
        components.calendar = Calendar(identifier: .gregorian)
        return components.isValidDate
    }

    /// A note for each date given to a path that is not a document of the corpus, with its line.
    public func notes(documentPaths: Set<String>, file: String) -> [String] {
        dates.keys.filter { !documentPaths.contains($0) }.sorted().map { path in
            "\(file)\(lines[path].map { ":\($0)" } ?? ""): [documents.\"\(path)\"] names no document of the corpus; its date is not used"
        }
    }
}
