/// Recognises and resolves the names of a set of documents at once, outside the index: what the
/// evaluation and the tests use.
public struct EntityExtraction: Sendable {
    public let recognizer: EntityRecognizer
    public let resolver: EntityResolver

    public init(recognizer: EntityRecognizer = EntityRecognizer(), resolver: EntityResolver = EntityResolver()) {
        self.recognizer = recognizer
        self.resolver = resolver
    }

    /// Each document's mentions, typed by their entity and named after it, with code-point
    /// offsets into the original files; mentions of no entity are left out.
    public func mentions(in documents: [LoadedDocument]) -> [[EntityEvaluation.Mention]] {
        let extracted = documents.map(recognizer.mentions)
        var summaries: [String: EntityResolver.KeySummary] = [:]
        for mention in extracted.joined() { summaries[mention.key, default: .init(key: mention.key)].add(mention) }
        let context = SharedContext(extracted)
        let entities = resolver.resolve(Array(summaries.values), sharesContext: context.share)
        var entityOfKey: [String: EntityResolver.Entity] = [:]
        for entity in entities { for key in entity.keys { entityOfKey[key] = entity } }
        return zip(documents, extracted).map { document, mentions in
            mentions.compactMap { mention in
                guard let entity = entityOfKey[mention.key] else { return nil }
                let original = document.offsetMap.originalRange(of: mention.range)
                return EntityEvaluation.Mention(start: original.lowerBound, end: original.upperBound, text: mention.text,
                                                type: entity.type, entity: entity.name)
            }
        }
    }
}
