import Testing
@testable import DossierIndex

@Suite("Temporal tagging benchmark")
struct TemporalTaggingBenchmarkTests {
    @Test func measuresTheSentenceTextItTags() throws {
        let documents = [try load("Prices rose in 2019. They fell last year."), try load("Talks resume on Friday, officials said.")]
        let report = TemporalTaggingBenchmark(documentDate: "2024-01-24", rounds: 2).run(on: documents)
        #expect(report.bytes == "Prices rose in 2019.They fell last year.Talks resume on Friday, officials said.".utf8.count)
        #expect(report.expressions == 3)
        #expect(report.megabytesPerSecond > 0)
    }
}
