import Foundation
import GRDB

/// Reads documents back from the index as the loader made them, so that the phases after the
/// first work on the text as it was stored, never on a file changed since, and without reading
/// and normalising the files again.
enum StoredDocuments {
    /// A stored document rebuilt for the extractors, with what the phases need to write its results.
    struct Stored: Sendable {
        var id: Int64
        var path: String
        var firstSentenceID: Int64
        var document: LoadedDocument
    }

    /// The documents with these ids, in the order given; ids no longer in the index are left out.
    static func load(_ ids: [Int64], _ db: Database) throws -> [Stored] {
        guard !ids.isEmpty else { return [] }
        let arguments: StatementArguments = ["ids": JSONArray.of(ids)]
        var sentences: [Int64: [LoadedDocument.Sentence]] = [:]
        var headings: [Int64: Set<Int>] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT documentId, paragraph, start, "end", originalStart, originalEnd, text, inHeading FROM sentence
            WHERE documentId IN (SELECT value FROM json_each(:ids)) ORDER BY documentId, ordinal
            """, arguments: arguments)
        while let row = try rows.next() {
            let documentID: Int64 = row[0], paragraph: Int = row[1]
            sentences[documentID, default: []].append(LoadedDocument.Sentence(
                text: row[6], paragraph: paragraph, range: (row[2] as Int)..<(row[3] as Int), originalRange: (row[4] as Int)..<(row[5] as Int)))
            if row[7] as Bool { headings[documentID, default: []].insert(paragraph) }
        }
        let documents = try Row.fetchAll(db, sql: """
            SELECT id, path, firstSentenceId, title, declaredDate, source, url, author, wordCount, replacedSequences, paragraphCount, offsetMap
            FROM document WHERE id IN (SELECT value FROM json_each(:ids))
            """, arguments: arguments)
        let byID = Dictionary(documents.map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { id in
            guard let row = byID[id] else { return nil }
            let stored = sentences[id] ?? []
            let metadata = DocumentMetadata(title: nil, date: row["declaredDate"], source: row["source"], url: row["url"], author: row["author"])
            let document = LoadedDocument(
                metadata: metadata, title: row["title"],
                paragraphs: paragraphs(of: stored, count: row["paragraphCount"], headings: headings[id] ?? []),
                sentences: stored, offsetMap: OffsetMap(serialized: row["offsetMap"]) ?? OffsetMap(origins: []),
                wordCount: row["wordCount"], replacedSequences: row["replacedSequences"])
            return Stored(id: id, path: row["path"], firstSentenceID: row["firstSentenceId"], document: document)
        }
    }

    /// The paragraphs, rebuilt from their sentences: the loader's normalised text has exactly the
    /// white space the sentence offsets leave between them, and it is all single spaces. A
    /// paragraph without sentences comes back empty.
    static func paragraphs(of sentences: [LoadedDocument.Sentence], count: Int, headings: Set<Int>) -> [LoadedDocument.Paragraph] {
        var paragraphs = (0..<max(count, (sentences.last?.paragraph ?? -1) + 1)).map {
            LoadedDocument.Paragraph(text: "", isHeading: headings.contains($0), start: -1)
        }
        var end = 0
        for sentence in sentences {
            let index = sentence.paragraph
            if paragraphs[index].start < 0 {
                paragraphs[index].start = sentence.range.lowerBound
                end = sentence.range.lowerBound
            }
            paragraphs[index].text += String(repeating: " ", count: max(0, sentence.range.lowerBound - end)) + sentence.text
            end = sentence.range.upperBound
        }
        // Paragraphs without sentences start where the previous one ends, after its line feed.
        var next = 0
        for index in paragraphs.indices {
            if paragraphs[index].start < 0 { paragraphs[index].start = next }
            next = paragraphs[index].start + paragraphs[index].text.unicodeScalars.count + 1
        }
        return paragraphs
    }
}
