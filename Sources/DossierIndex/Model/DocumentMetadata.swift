/// What a document says about itself in YAML front matter, or what the loader could find out.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    public var title: String?
    /// An ISO 8601 date (`2024-01-24`, `2024-01` or `2024`).
    public var date: String?
    public var source: String?
    public var url: String?
    public var author: String?

    public init(title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil, author: String? = nil) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.author = author
    }
}
