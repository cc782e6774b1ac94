import Foundation
import Testing
@testable import DossierIndex

/// `CorpusExporter` on a small corpus with notes: each format against a file kept beside the tests,
/// and the properties each format promises.
@Suite("Export")
struct CorpusExportTests {
    static let files = [
        "embargo.md": """
            ---
            title: Embargo Ends
            date: 2020-10-20
            ---
            The arms embargo on Iran ended in October 2020, the foreign ministry said. Russia said it would sell Su-35 fighter jets to Tehran. Iran joined the Shanghai Cooperation Organisation on 4 July 2023, the ministry added.

            The envoy said "the embargo is over", and left for Moscow.
            """,
        "dispute.md": """
            ---
            title: Embargo Dates Disputed
            date: 2024-03-08
            ---
            The arms embargo on Iran ended in October 2023, one envoy insisted. Talks on the embargo first began in the 1990s and cost $3 billion. Iran joined the Shanghai Cooperation Organisation on 15 September 2022, the envoy said.
            """,
        "port.txt": """
            Harbour Expansion Approved

            The port authority approved a new container terminal on 5 March 2024, ending a dispute that had lasted six years. The terminal will double the harbour's capacity, officials said.
            """,
    ]

    /// Three notes with fixed ids and times: one with a note, a bookmark, and one whose sentence is gone.
    static let notes = """
        {
          "notes" : [
            { "id" : "n1", "document" : "embargo.md", "sentence" : "The envoy said \\"the embargo is over\\", and left for Moscow.",
              "ordinal" : 2, "start" : 180, "end" : 236, "note" : "Which envoy? Check \\"over\\", too", "created" : "2024-05-01T09:00:00Z", "updated" : "2024-05-01T09:00:00Z" },
            { "id" : "n2", "document" : "port.txt", "sentence" : "The terminal will double the harbour's capacity, officials said.",
              "ordinal" : 2, "start" : 140, "end" : 204, "note" : "", "created" : "2024-05-01T09:01:00Z", "updated" : "2024-05-01T09:01:00Z" },
            { "id" : "n3", "document" : "dispute.md", "sentence" : "A sentence the author later deleted.",
              "ordinal" : 4, "start" : 300, "end" : 336, "note" : "orphaned on purpose", "created" : "2024-05-01T09:02:00Z", "updated" : "2024-05-01T09:02:00Z" }
          ],
          "version" : 1
        }
        """

    let corpus: TemporaryCorpus
    let exporter: CorpusExporter

    init() throws {
        corpus = try TemporaryCorpus(files: Self.files.merging([".dossier/notes.json": Self.notes]) { first, _ in first })
        exporter = CorpusExporter(corpus: try corpus.open().corpus)
    }

    @Test(arguments: [(ExportFormat.markdown, "briefing.md"), (.json, "export.json"), (.csv, "export.csv")])
    func everyFormatMatchesItsSnapshot(format: ExportFormat, file: String) throws {
        let (text, warnings) = try exporter.export(as: format)
        #expect(warnings.isEmpty)
        ExportSnapshot.expect(text, matches: file)
    }

    @Test func theExportHoldsEveryPartWithConflictsFirstAndTheOrphanedNote() throws {
        let (export, _) = try exporter.collect()
        #expect(export.documents.map(\.doc) == ["dispute.md", "embargo.md", "port.txt"])
        #expect(export.entities.contains { $0.name == "Iran" && $0.firstMention?.doc == "dispute.md" })
        #expect(!export.timeline.isEmpty)
        #expect(export.crossReferences.first?.relation == "conflict")
        #expect(export.notes.map(\.orphaned) == [true, false, false])
        #expect(export.notes.first?.source.sentence == "A sentence the author later deleted.", "an orphaned note quotes the sentence as it was")
    }

    @Test func theJSONIsOneObjectWithAnArrayForEachPart() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(exporter.export(as: .json).text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["corpus", "documents", "entities", "timeline", "cross_references", "notes"])
        for key in ["documents", "entities", "timeline", "cross_references", "notes"] { #expect(object[key] is [Any], "\(key)") }
    }

    @Test func csvQuotesFieldsAsRFC4180Says() {
        #expect(CSVTable.field("plain") == "plain")
        #expect(CSVTable.field("a, b") == "\"a, b\"")
        #expect(CSVTable.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.field("two\nlines") == "\"two\nlines\"")
    }

    @Test func everyCSVRowHasTheHeadersColumns() throws {
        let text = try exporter.export(as: .csv).text
        #expect(text.hasSuffix("\r\n"))
        for record in text.components(separatedBy: "\r\n").dropLast() {
            #expect(Self.fields(of: record).count == CSVTable.header.count, "\(record)")
        }
    }

    @Test func unreadableNotesAreLeftOutWithAWarningAndTheFileKept() throws {
        try corpus.write(".dossier/notes.json", "not json")
        let (export, warnings) = try exporter.collect()
        #expect(export.notes.isEmpty)
        #expect(warnings.first?.hasPrefix("Notes left out: ") == true)
        #expect(try String(contentsOf: exporter.notes.url, encoding: .utf8) == "not json")
    }

    @Test func aFileNameSaysItsFormat() {
        #expect(ExportFormat(fileName: "briefing.md") == .markdown)
        #expect(ExportFormat(fileName: "notes.Markdown") == .markdown)
        #expect(ExportFormat(fileName: "out/table.CSV") == .csv)
        #expect(ExportFormat(fileName: "data.json") == .json)
        #expect(ExportFormat(fileName: "briefing.pdf") == nil)
        #expect(ExportFormat(fileName: "briefing") == nil)
    }

    /// Splits one CSV record (no line breaks inside) into its fields, undoing the quoting.
    private static func fields(of record: String) -> [String] {
        var fields = [""], quoted = false, previous: Character?
        for character in record {
            if character == "\"" {
                if quoted, previous == "\"" { fields[fields.count - 1].append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
            previous = character
        }
        return fields
    }
}
