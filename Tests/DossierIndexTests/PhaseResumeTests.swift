import Foundation
import Synchronization
import Testing
@testable import DossierIndex

/// A build stopped after any committed batch of any phase is finished by the next sync, with the
/// same index an uninterrupted build makes.
@Suite("Resuming an interrupted build")
struct PhaseResumeTests {
    /// Documents per batch: small, so that every phase of the corpus below takes several.
    static let batchSize = 3
    static let documentCount = 8

    /// Everything a build makes, counted.
    struct Counts: Equatable {
        var statistics: CorpusStatistics
        var content: Corpus.ContentCounts
    }

    @Test(arguments: IndexPhase.allCases)
    func aBuildStoppedAfterAnyBatchOfAPhaseIsFinishedTheSameWay(phase: IndexPhase) throws {
        let expected = try build(stoppingAfter: nil)
        #expect(expected.content.links > 0, "The corpus should make links, or the test shows little")
        let batches = (Self.documentCount + Self.batchSize - 1) / Self.batchSize
        for batch in 1...batches {
            let corpus = try TemporaryCorpus(files: NewsLikeCorpus.files(count: Self.documentCount))
            let isLast = phase == .claims && batch == batches
            let stopped = try sync(corpus, stoppingAfter: (phase, batch))
            #expect(stopped.stopped != isLast, "The build should have stopped after batch \(batch) of \(phase.name), unless it was the very last")
            let unfinished = try opener(corpus).openIndex().corpus.indexStatus().unfinishedPhase
            // The index cannot know of files it has not read yet: stopped in the text phase, what it holds lacks entities.
            let unfinishedExpected: IndexPhase? = isLast ? nil : phase == .text || batch == batches && phase != .entities ? IndexPhase(rawValue: phase.rawValue + 1) : phase
            #expect(unfinished == unfinishedExpected,
                    "Stopped after batch \(batch) of \(phase.name), the index says \(String(describing: unfinished)) is unfinished")
            let resumed = try sync(corpus, stoppingAfter: nil)
            #expect(resumed.report.read == 0 || phase == .text, "Only the text phase reads files")
            #expect(try counts(corpus) == expected, "After stopping at batch \(batch) of \(phase.name)")
            #expect(try opener(corpus).openIndex().corpus.indexStatus().unfinishedPhase == nil)
        }
    }

    @Test func aResumedBuildIsNeverReportedAsNothingToDo() throws {
        let corpus = try TemporaryCorpus(files: NewsLikeCorpus.files(count: Self.documentCount))
        _ = try sync(corpus, stoppingAfter: (.claims, 1))
        let report = try sync(corpus, stoppingAfter: nil).report
        #expect(report.unchanged == Self.documentCount)
        #expect(report.completed[.claims] == Self.documentCount - Self.batchSize)
    }

    @Test func aSecondSyncWaitsForTheFirstAndSaysSo() throws {
        let corpus = try TemporaryCorpus(files: NewsLikeCorpus.files(count: 4))
        let opener = opener(corpus)
        let store = try opener.openIndex().corpus.store
        let held = try store.lockForWriting {}
        let heard = Mutex<[SyncEvent]>([])
        let finished = BackgroundResult { () -> Result<SyncReport, any Error> in
            Result {
                var notices: [String] = []
                return try opener.indexer(for: store, notices: &notices) { event in heard.withLock { $0.append(event) } }.synchronize()
            }
        }
        let deadline = Date().addingTimeInterval(10)
        while heard.withLock({ !$0.contains(.waitingForAnotherWriter) }), Date() < deadline { usleep(10_000) }
        #expect(heard.withLock { $0 == [.waitingForAnotherWriter] }, "The sync should wait, say so, and do nothing more while the lock is held")
        held.release()
        let report = try finished.wait().get()
        #expect(report.added == 4)
    }

    @Test func largeWorkIsAskedForFirstAndANoReadsNothing() throws {
        let corpus = try TemporaryCorpus(files: NewsLikeCorpus.files(count: 4))
        let opener = opener(corpus)
        let store = try opener.openIndex().corpus.store
        let asked = Mutex<[Int]>([])
        var notices: [String] = []
        var indexer = opener.indexer(for: store, notices: &notices)
        indexer.largeWork = .init(files: 3, bytes: 1 << 30)
        indexer.confirmLargeWork = { files, _ in
            asked.withLock { $0.append(files) }
            return false
        }
        #expect(throws: CancellationError.self) { try indexer.synchronize() }
        #expect(asked.withLock { $0 } == [4])
        #expect(try Corpus(root: corpus.root, store: store).statistics().documents == 0)
        indexer.confirmLargeWork = { _, _ in true }
        #expect(try indexer.synchronize().added == 4)
        indexer.confirmLargeWork = { _, _ in Issue.record("Nothing to read, nothing to ask"); return false }
        #expect(try indexer.synchronize().unchanged == 4)
    }

    @Test func twoSyncsAtOnceMakeTheIndexOneSyncMakes() async throws {
        let expected = try build(stoppingAfter: nil)
        let corpus = try TemporaryCorpus(files: NewsLikeCorpus.files(count: Self.documentCount))
        let opener = opener(corpus)
        let reports = try await withThrowingTaskGroup(of: SyncReport.self) { group in
            for _ in 0..<2 { group.addTask { try Self.sync(opener, stoppingAfter: nil).report } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(reports.map(\.added).sorted() == [0, Self.documentCount], "One sync adds everything, the other finds it done")
        #expect(try counts(corpus) == expected)
    }

    // MARK: Helpers

    private func opener(_ corpus: TemporaryCorpus) -> CorpusOpener {
        var opener = CorpusOpener(root: corpus.root, indexURL: corpus.indexURL, environment: ["XDG_CACHE_HOME": corpus.cache.path])
        opener.batchSizes = .init(documents: Self.batchSize)
        return opener
    }

    private func sync(_ corpus: TemporaryCorpus, stoppingAfter stop: (IndexPhase, Int)?) throws -> (report: SyncReport, stopped: Bool) {
        try Self.sync(opener(corpus), stoppingAfter: stop)
    }

    /// Syncs, stopping after the given batch of the given phase is committed when asked to.
    private static func sync(_ opener: CorpusOpener, stoppingAfter stop: (IndexPhase, Int)?) throws -> (report: SyncReport, stopped: Bool) {
        let store = try opener.openIndex().corpus.store
        let cancellation = SyncCancellation()
        var notices: [String] = []
        var indexer = opener.indexer(for: store, notices: &notices) { event in
            guard let (phase, batch) = stop, case .progress(let progress) = event, progress.phase == phase else { return }
            if progress.done >= min(progress.total, batch * Self.batchSize) { cancellation.cancel() }
        }
        indexer.cancellation = cancellation
        do {
            return (try indexer.synchronize(), false)
        } catch is CancellationError {
            return (SyncReport(), true)
        }
    }

    private func counts(_ corpus: TemporaryCorpus) throws -> Counts {
        let opened = try opener(corpus).openIndex().corpus
        return Counts(statistics: try opened.statistics(), content: try opened.contentCounts())
    }

    private func build(stoppingAfter stop: (IndexPhase, Int)?) throws -> Counts {
        let corpus = try TemporaryCorpus(files: NewsLikeCorpus.files(count: Self.documentCount))
        _ = try sync(corpus, stoppingAfter: stop)
        return try counts(corpus)
    }
}
