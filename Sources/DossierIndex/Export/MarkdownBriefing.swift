import Foundation

/// Writes an export as a Markdown briefing: a summary line, then a section for each part, every
/// item with its quoted sentence and where it comes from.
enum MarkdownBriefing {
    static func render(_ export: CorpusExport) -> String {
        let conflicts = export.crossReferences.count { $0.relation == ClaimRelation.conflict.rawValue }
        var lines = ["# Briefing: \(escape(export.corpus))", "",
                     [count(export.documents.count, "document"), count(export.entities.count, "entity", "entities"),
                      count(export.timeline.count, "dated event"),
                      count(export.crossReferences.count, "cross-reference") + " (\(count(conflicts, "conflict")))",
                      count(export.notes.count, "note")].joined(separator: " · ")]
        lines += section("Documents", export.documents.map(document))
        lines += section("Entities", export.entities.map(entity))
        lines += section("Timeline", export.timeline.map(event))
        lines += crossReferences(export.crossReferences)
        lines += section("Notes", export.notes.map(note))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ items: [[String]], level: String = "##") -> [String] {
        ["", "\(level) \(title)", ""] + (items.isEmpty ? ["None."] : items.flatMap { $0 })
    }

    /// Conflicts, agreements and related claims under their own headings, each pair quoted.
    private static func crossReferences(_ references: [CorpusExport.CrossReference]) -> [String] {
        let groups: [(ClaimRelation, String)] = [(.conflict, "Conflicts"), (.agree, "Agreements"), (.related, "Related claims")]
        var lines = ["", "## Cross-references"]
        for (relation, title) in groups {
            let items = references.filter { $0.relation == relation.rawValue }
            if !items.isEmpty { lines += section(title, items.map(crossReference), level: "###") }
        }
        return references.isEmpty ? lines + ["", "None."] : lines
    }

    private static func document(_ document: CorpusExport.Document) -> [String] {
        let date = document.date.map { document.dateInferred ? "~\($0) (inferred)" : $0 } ?? "undated"
        return ["- **\(escape(document.title))**: \(code(document.doc)), \(date), \(count(document.words, "word"))"]
    }

    private static func entity(_ entity: CorpusExport.Entity) -> [String] {
        let others = entity.aliases.filter { $0 != entity.name }
        let also = others.isEmpty ? "" : "; also written " + others.map(escape).joined(separator: ", ")
        let head = "- **\(escape(entity.name))** (\(entity.type)): \(count(entity.mentions, "mention")) in \(count(entity.documents, "document"))\(also)"
        return [head] + (entity.firstMention.map(quote) ?? [])
    }

    private static func event(_ event: CorpusExport.Event) -> [String] {
        ["- **\(escape(event.date))**: “\(escape(event.text))”"] + quote(event.source)
    }

    private static func crossReference(_ reference: CorpusExport.CrossReference) -> [String] {
        let values = reference.aValues.isEmpty && reference.bValues.isEmpty ? "Worded alike"
            : "**\(escape(reference.aValues.joined(separator: ", ")))** against **\(escape(reference.bValues.joined(separator: ", ")))**"
        return ["- \(values) (score \(reference.score))"] + quote(reference.a) + [""] + quote(reference.b)
    }

    private static func note(_ note: CorpusExport.Note) -> [String] {
        let text = note.note.trimmingCharacters(in: .whitespaces).isEmpty ? "*Bookmark*" : "**\(escape(note.note))**"
        let orphaned = note.orphaned ? " *(orphaned: the sentence is no longer in the document)*" : ""
        return ["- \(text)\(orphaned)"] + quote(note.source)
    }

    /// The sentence as an indented quote, and where it comes from on the line below.
    private static func quote(_ citation: CorpusExport.Citation) -> [String] {
        let title = citation.title.map { escape($0) + ", " } ?? ""
        return ["  > \(escape(citation.sentence))", "  > — \(title)\(code(citation.doc)), \(citation.date ?? "undated")"]
    }

    private static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    /// A path in backticks, unless it holds one.
    private static func code(_ text: String) -> String {
        text.contains("`") ? escape(text) : "`\(text)`"
    }

    /// Text with the characters Markdown would read as markup escaped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
