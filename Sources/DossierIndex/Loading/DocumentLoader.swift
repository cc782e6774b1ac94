import Foundation

/// Reads a file of any supported format and normalises it into paragraphs and sentences.
public struct DocumentLoader: Sendable {
    /// The formats Dossier reads, chosen by file extension.
    public enum Format: String, Sendable, CaseIterable {
        case plain, markdown, html

        public init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "txt", "text": self = .plain
            case "md", "markdown": self = .markdown
            case "html", "htm", "xhtml": self = .html
            default: return nil
            }
        }
    }

    /// Why a file was not loaded.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case binary
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .empty: return "no text in it"
            case .binary: return "not a text file"
            case let .tooLarge(bytes, limit): return "\(bytes / 1_048_576) MB is over the \(limit / 1_048_576) MB limit"
            case let .unreadable(reason): return "cannot be read (\(reason))"
            }
        }
    }

    /// Files larger than this are skipped rather than loaded into memory.
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 32 * 1_048_576) {
        self.maximumFileSize = maximumFileSize
    }

    public func load(contentsOf url: URL) -> Result<LoadedDocument, Failure> {
        let format = Format(pathExtension: url.pathExtension) ?? .plain
        do {
            let size = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
            guard size <= maximumFileSize else { return .failure(.tooLarge(bytes: size, limit: maximumFileSize)) }
            return load(data: try Data(contentsOf: url), format: format)
        } catch {
            return .failure(.unreadable((error as NSError).localizedFailureReason ?? error.localizedDescription))
        }
    }

    public func load(data: Data, format: Format) -> Result<LoadedDocument, Failure> {
        let decoded: TextDecoder.Decoded
        switch TextDecoder.decode(data) {
        case .success(let value): decoded = value
        case .failure(.binary): return .failure(.binary)
        case .failure(.empty): return .failure(.empty)
        }
        var text = LineEndings.normalize(MappedText(original: decoded.scalars))
        var metadata = DocumentMetadata()
        if let frontMatter = FrontMatter.parse(text) {
            metadata = frontMatter.metadata
            text = text.slice(frontMatter.bodyStart..<text.count)
        }
        let (body, markupTitle, layout) = prepare(text, format: format)
        let paragraphs = Reflower(text: body, layout: layout).paragraphs()
        guard !paragraphs.isEmpty else { return .failure(.empty) }
        var document = assemble(paragraphs, metadata: metadata, markupTitle: markupTitle, replaced: decoded.replacements)
        // A date the document prints about itself is as good as one in its front matter.
        if document.metadata.date == nil { document.metadata.date = Dateline.date(of: document) }
        return .success(document)
    }

    /// Applies the format's own cleanup and says how its lines form paragraphs.
    private func prepare(_ text: MappedText, format: Format) -> (MappedText, String?, Reflower.Layout) {
        switch format {
        case .plain:
            return (EntityRepair.repair(text), nil, .detect)
        case .markdown:
            let cleaned = MarkdownCleaner.clean(text)
            return (cleaned.text, cleaned.firstHeading, .blocks)
        case .html:
            let stripped = HTMLStripper.strip(text)
            return (stripped.text, stripped.title, .blocks)
        }
    }

    private func assemble(_ paragraphs: [Reflower.Paragraph], metadata: DocumentMetadata, markupTitle: String?, replaced: Int) -> LoadedDocument {
        var origins: [Int32] = []
        var loadedParagraphs: [LoadedDocument.Paragraph] = []
        var spans: [(paragraph: Int, range: Range<Int>)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { origins.append(paragraph.text.origins.first ?? origins.last ?? 0) }
            let start = origins.count
            origins.append(contentsOf: paragraph.text.origins)
            loadedParagraphs.append(.init(text: paragraph.text.string, isHeading: paragraph.isHeading, start: start))
            for range in SentenceSegmenter.sentences(in: paragraph.text.scalars) {
                spans.append((index, (start + range.lowerBound)..<(start + range.upperBound)))
            }
        }
        let offsetMap = OffsetMap(origins: origins)
        let sentences = spans.map { span in
            let paragraph = paragraphs[span.paragraph].text
            let local = (span.range.lowerBound - loadedParagraphs[span.paragraph].start)..<(span.range.upperBound - loadedParagraphs[span.paragraph].start)
            return LoadedDocument.Sentence(text: paragraph.string(local), paragraph: span.paragraph, range: span.range,
                                           originalRange: offsetMap.originalRange(of: span.range))
        }
        let title = TitleGuesser.title(declared: metadata.title, markupTitle: markupTitle, paragraphs: paragraphs, firstSentence: sentences.first?.text)
        let words = loadedParagraphs.reduce(0) { $0 + WordCounter.count(in: $1.text) }
        return LoadedDocument(metadata: metadata, title: title, paragraphs: loadedParagraphs, sentences: sentences,
                              offsetMap: offsetMap, wordCount: words, replacedSequences: replaced)
    }
}
