import GRDB

extension DocumentSummary: FetchableRecord {
    /// The `document` columns a summary is read from, leaving out the large ones (the offset map,
    /// the word counts) that the list never needs.
    static let columns = "id, path, title, date, dateInferred, source, url, author, wordCount, sentenceCount"
}
