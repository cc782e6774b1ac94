import Foundation
import Testing
@testable import DossierIndex

/// Extraction over short news articles written and annotated for the tests (Fixtures/entities,
/// annotated by GUIDELINES.md of Tests/Evaluation/entities) must not fall below a floor set a
/// little under what was measured.
@Suite("Entity extraction quality")
struct EntityQualityTests {
    /// One article's annotations, as in the evaluation's gold files.
    private struct Annotation: Decodable {
        var doc: String
        var mentions: [EntityEvaluation.Mention]
    }

    /// The scores of extraction over all the articles, read as one corpus.
    private func evaluate() throws -> EntityEvaluation {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("entities")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        let annotations = try files.map { try JSONDecoder().decode(Annotation.self, from: Data(contentsOf: folder.appendingPathComponent($0))) }
        let documents = try annotations.map { try DocumentLoader().load(contentsOf: folder.appendingPathComponent($0.doc)).get() }
        var evaluation = EntityEvaluation()
        for (annotation, found) in zip(annotations, EntityExtraction().mentions(in: documents)) {
            evaluation.add(system: found, gold: annotation.mentions)
        }
        return evaluation
    }

    /// Measured: typed-span F1 0.953, span F1 0.989.
    @Test func typedSpansStayAboveTheFloor() throws {
        let evaluation = try evaluate()
        #expect(evaluation.documentPrecisions.count == 6)
        #expect(evaluation.typedSpans.f1 >= 0.93)
        #expect(evaluation.spans.f1 >= 0.97)
    }

    /// Measured: the weakest article (arts-halden-prize) has precision 0.857 and recall 0.818.
    @Test func everyArticleStaysAboveTheFloor() throws {
        let evaluation = try evaluate()
        #expect(evaluation.documentPrecisions.allSatisfy { $0 >= 0.83 })
        #expect(evaluation.documentRecalls.allSatisfy { $0 >= 0.79 })
    }
}
