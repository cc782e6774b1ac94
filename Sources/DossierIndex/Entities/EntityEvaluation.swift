import Foundation

/// Scores extracted mentions against hand annotations: precision, recall and F1 by exact span
/// (with and without the type), and by (document, entity, type).
public struct EntityEvaluation: Sendable {
    /// A mention as annotators and the recogniser both give it, with code-point offsets into the original file.
    public struct Mention: Sendable, Hashable, Codable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: EntityType
        public var entity: String

        public init(start: Int, end: Int, text: String, type: EntityType, entity: String) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.entity = entity
        }
    }

    /// Precision, recall and F1 from counts of true positives, system items and gold items.
    public struct Score: Sendable, Equatable {
        public var correct = 0
        public var found = 0
        public var expected = 0

        public init() {}

        public var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
        public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add<T: Hashable>(found system: Set<T>, expected gold: Set<T>) {
            correct += system.intersection(gold).count
            found += system.count
            expected += gold.count
        }
    }

    public var typedSpans = Score()
    public var spans = Score()
    public var entities = Score()
    public var byType: [EntityType: Score] = [:]
    /// Mean precision and recall over documents, of typed spans.
    public var documentPrecisions: [Double] = []
    public var documentRecalls: [Double] = []

    public init() {}

    /// Adds one document's mentions to the tallies.
    public mutating func add(system: [Mention], gold: [Mention]) {
        let systemTyped = Set(system.map { SpanKey(start: $0.start, end: $0.end, type: $0.type) })
        let goldTyped = Set(gold.map { SpanKey(start: $0.start, end: $0.end, type: $0.type) })
        typedSpans.add(found: systemTyped, expected: goldTyped)
        spans.add(found: Set(system.map { $0.start..<$0.end }), expected: Set(gold.map { $0.start..<$0.end }))
        entities.add(found: Set(system.map { EntityKey(name: NameKey.of($0.entity), type: $0.type) }),
                     expected: Set(gold.map { EntityKey(name: NameKey.of($0.entity), type: $0.type) }))
        for type in EntityType.allCases {
            byType[type, default: Score()].add(found: systemTyped.filter { $0.type == type }, expected: goldTyped.filter { $0.type == type })
        }
        var document = Score()
        document.add(found: systemTyped, expected: goldTyped)
        documentPrecisions.append(document.precision)
        documentRecalls.append(document.recall)
    }

    public var meanDocumentPrecision: Double { documentPrecisions.isEmpty ? 0 : documentPrecisions.reduce(0, +) / Double(documentPrecisions.count) }
    public var meanDocumentRecall: Double { documentRecalls.isEmpty ? 0 : documentRecalls.reduce(0, +) / Double(documentRecalls.count) }

    struct SpanKey: Hashable {
        var start: Int
        var end: Int
        var type: EntityType
    }

    struct EntityKey: Hashable {
        var name: String
        var type: EntityType
    }
}
