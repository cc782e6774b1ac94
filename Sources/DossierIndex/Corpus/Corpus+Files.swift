import Foundation

extension Corpus {
    /// A document the index does not hold yet, read from its file as the indexer will read it, so
    /// the explorer can show it at once; its sentences have no ids in the index (0).
    /// `summary` names the file and its place in the list.
    public func text(ofFile summary: DocumentSummary) -> Result<DocumentText, DocumentLoader.Failure> {
        loader.load(contentsOf: root.appendingPathComponent(summary.path)).map { document in
            var summary = summary
            summary.title = document.title
            summary.date = document.metadata.date
            summary.wordCount = document.wordCount
            summary.sentenceCount = document.sentences.count
            return DocumentText(summary: summary, paragraphs: Self.paragraphs(of: document))
        }
    }

    /// The loaded document's paragraphs with their sentences' ranges inside them.
    static func paragraphs(of document: LoadedDocument) -> [DocumentText.Paragraph] {
        var paragraphs = document.paragraphs.map { DocumentText.Paragraph(text: $0.text, isHeading: $0.isHeading, sentences: []) }
        for (ordinal, sentence) in document.sentences.enumerated() {
            let start = document.paragraphs[sentence.paragraph].start
            paragraphs[sentence.paragraph].sentences.append(
                .init(id: 0, ordinal: ordinal, range: (sentence.range.lowerBound - start)..<(sentence.range.upperBound - start)))
        }
        return paragraphs
    }

    /// What the document list shows for a file before it is indexed: its name, and no counts yet.
    /// Its id is negative, `-1 - place`, since the index has given it none.
    public static func unindexedSummary(of file: ScannedFile, place: Int) -> DocumentSummary {
        let name = (file.relativePath as NSString).lastPathComponent
        return DocumentSummary(id: -1 - Int64(place), path: file.relativePath, title: (name as NSString).deletingPathExtension,
                               wordCount: 0, sentenceCount: 0)
    }
}
