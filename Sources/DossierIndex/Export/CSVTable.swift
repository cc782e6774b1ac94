import Foundation

/// Writes an export as one CSV table for a spreadsheet: a `section` column says what each row is,
/// quoting follows RFC 4180 (fields with commas, quotes or line breaks in double quotes, quotes
/// doubled, CRLF between records).
enum CSVTable {
    static let header = ["section", "item", "detail", "count", "document", "date", "sentence", "other_document", "other_date", "other_sentence"]

    static func render(_ export: CorpusExport) -> String {
        var rows = [header]
        rows += export.documents.map {
            ["document", $0.title, $0.dateInferred ? "date inferred" : "", "\($0.words)", $0.doc, $0.date ?? "", "", "", "", ""]
        }
        rows += export.entities.map { entity in
            let aliases = entity.aliases.filter { $0 != entity.name }.joined(separator: "; ")
            return ["entity", entity.name, entity.type + (aliases.isEmpty ? "" : "; also " + aliases), "\(entity.mentions)"]
                + cited(entity.firstMention) + ["", "", ""]
        }
        rows += export.timeline.map { ["timeline", $0.date, $0.text, ""] + cited($0.source) + ["", "", ""] }
        rows += export.crossReferences.map { reference in
            let values = reference.aValues.isEmpty && reference.bValues.isEmpty ? ""
                : reference.aValues.joined(separator: ", ") + " against " + reference.bValues.joined(separator: ", ")
            return ["cross-reference", reference.relation, values, "\(reference.score)"] + cited(reference.a) + cited(reference.b)
        }
        rows += export.notes.map { note in
            let detail = [note.note.trimmingCharacters(in: .whitespaces).isEmpty ? "bookmark" : nil, note.orphaned ? "orphaned" : nil]
            return ["note", note.note, detail.compactMap { $0 }.joined(separator: "; "), ""] + cited(note.source) + ["", "", ""]
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Document, date and sentence, or three empty fields.
    private static func cited(_ citation: CorpusExport.Citation?) -> [String] {
        guard let citation else { return ["", "", ""] }
        return [citation.doc, citation.date ?? "", citation.sentence]
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
