/// What reading a document found besides its text: names, its date, and the dates it mentions.
struct DocumentAnalysis: Sendable {
    var mentions: [ExtractedMention]
    var dating: DocumentDating
    /// Temporal expressions by sentence index, ranges relative to their sentence.
    var dates: [(sentence: Int, expression: TemporalExpression)]
}
