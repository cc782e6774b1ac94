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

    public init() {}

    public init(toml text: String, file: String = "dossier.toml") throws(EntityOverridesError) {
        let root = try SettingsTOML.root(of: text, file: file)
        guard let value = root["documents"] else { return }
        guard let documents = value.table else {
            throw EntityOverridesError(file: file, line: nil, problem: "`documents` must hold tables such as [documents.\"report.txt\"]")
        }
        for path in documents.keys {
            guard let entry = documents[path]?.table else {
                throw EntityOverridesError(file: file, line: nil, problem: "[documents.\"\(path)\"] must be a table with date = \"YYYY-MM-DD\"")
            }
            guard let raw = entry["date"] else { continue }
            guard let text = raw.string ?? raw.date.map({ String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) }),
                  let date = MetadataDate.normalize(text) else {
                throw EntityOverridesError(file: file, line: KeyLocator(text: text).line(ofKey: "date", inTable: "documents.\"\(path)\""),
                                           problem: "[documents.\"\(path)\"] date must be a date such as \"2024-01-24\", \"2024-01\" or \"2024\"")
            }
            dates[path] = date
        }
    }
}
