import Foundation
import Yams

/// Reads a YAML front-matter block (`---` … `---`) at the start of a document.
public enum FrontMatter {
    /// The metadata found and where the body starts, as a scalar offset into the text that was read.
    public struct Parsed: Sendable, Equatable {
        public var metadata: DocumentMetadata
        public var bodyStart: Int
    }

    /// Returns nil when the text does not open with a complete, well-formed front-matter block.
    public static func parse(_ text: MappedText) -> Parsed? {
        let lines = LineSplitter.lines(of: text, limit: 200)
        guard let first = lines.first, text.string(first.content).trimmingCharacters(in: .whitespaces) == "---" else {
            return nil
        }
        guard let closing = lines.dropFirst().firstIndex(where: { line in
            let content = text.string(line.content).trimmingCharacters(in: .whitespaces)
            return content == "---" || content == "..."
        }) else { return nil }
        let yamlStart = lines[1].content.lowerBound
        let yaml = yamlStart <= lines[closing].content.lowerBound ? text.string(yamlStart..<lines[closing].content.lowerBound) : ""
        guard let metadata = metadata(fromYAML: yaml) else { return nil }
        return Parsed(metadata: metadata, bodyStart: lines[closing].next)
    }

    static func metadata(fromYAML yaml: String) -> DocumentMetadata? {
        guard let node = try? Yams.compose(yaml: yaml) else { return yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? DocumentMetadata() : nil }
        guard let mapping = node.mapping else { return nil }
        func value(_ key: String) -> String? {
            guard let entry = mapping.first(where: { $0.key.string?.lowercased() == key })?.value else { return nil }
            if let scalar = entry.string { return scalar.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty }
            if let sequence = entry.sequence {
                return sequence.compactMap(\.string).joined(separator: ", ").nilIfEmpty
            }
            return nil
        }
        return DocumentMetadata(
            title: value("title"),
            date: value("date").flatMap(MetadataDate.normalize),
            source: value("source"),
            url: value("url"),
            author: value("author") ?? value("authors")
        )
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
