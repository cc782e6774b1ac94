/// What the document list shows about a document, without its text.
public struct DocumentSummary: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    /// The path relative to the corpus folder.
    public var path: String
    public var title: String
    /// ISO 8601 at the precision known (`2024-01-24`, `2024-01`, `2024`).
    public var date: String?
    /// The date was worked out from the text rather than declared.
    public var dateInferred: Bool
    public var source: String?
    public var url: String?
    public var author: String?
    public var wordCount: Int
    public var sentenceCount: Int

    public init(id: Int64, path: String, title: String, date: String? = nil, dateInferred: Bool = false, source: String? = nil,
                url: String? = nil, author: String? = nil, wordCount: Int, sentenceCount: Int) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.dateInferred = dateInferred
        self.source = source
        self.url = url
        self.author = author
        self.wordCount = wordCount
        self.sentenceCount = sentenceCount
    }
}
