import DossierIndex
import DossierUI
import Foundation
import Synchronization

/// Brings the index up to date on a thread of its own while the explorer shows what the index
/// holds, and turns what the sync reports into actions for the explorer's inbox: the document
/// list as files are scanned and indexed, progress, and which phase's results just landed.
final class BackgroundIndexing: Sendable {
    /// Results of a phase are announced at most this often while it runs (and always when it
    /// ends): each announcement makes the explorer query the index again.
    static let announcementInterval = 0.5

    private struct Listing {
        var files: [ScannedFile] = []
        /// Indexed documents by path, and the highest id among them: newer ones are fetched by id.
        var indexed: [String: DocumentSummary] = [:]
        var newestID: Int64 = 0
        var lastAnnounced: [IndexPhase: Double] = [:]
    }

    private let corpus: Corpus
    private let indexer: CorpusIndexer
    private let askBeforeLargeFolders: Bool
    private let corpusNotices: @Sendable () -> [String]
    private let post: @Sendable ([Action]) -> Void
    private let cancellation = SyncCancellation()
    private let listing = Mutex(Listing())
    private let answer = Mutex<Bool?>(nil)
    private let answered = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    /// `post` delivers actions to the explorer from the indexing thread. With `askBeforeLargeFolders`,
    /// a folder over the indexer's large-work limits waits for `answer(_:)`.
    /// `notices` tells, after the sync, what the user should hear about the corpus besides what the sync reports.
    init(corpus: Corpus, indexer: CorpusIndexer, askBeforeLargeFolders: Bool, notices: @escaping @Sendable () -> [String],
         post: @escaping @Sendable ([Action]) -> Void) {
        self.corpus = corpus
        self.indexer = indexer
        self.askBeforeLargeFolders = askBeforeLargeFolders
        corpusNotices = notices
        self.post = post
    }

    /// Starts the sync on its own thread.
    func start() {
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.name = "dossier-indexing"
        thread.start()
    }

    /// The user's answer to the large-folder question.
    func answer(_ yes: Bool) {
        answer.withLock { $0 = yes }
        answered.signal()
    }

    /// Stops the sync at once: the statement under way is interrupted and its transaction rolled
    /// back, so the index keeps every batch committed before. Waits at most `timeout` seconds for
    /// the thread to notice, since analysing a batch cannot be interrupted and need not be waited for.
    func stop(timeout: Double = 0.05) {
        cancellation.cancel()
        answer(false)
        corpus.store.database.interrupt()
        _ = done.wait(timeout: .now() + timeout)
    }

    private func run() {
        var indexer = indexer
        indexer.cancellation = cancellation
        indexer.events = { [self] in hear($0) }
        if askBeforeLargeFolders { indexer.confirmLargeWork = { [self] in ask(files: $0, bytes: $1) } }
        do {
            let report = try indexer.synchronize()
            post([.indexing(.listed(try refreshedListing(all: true))), .indexing(.finished(try corpus.indexStatus(), notices: notices(report)))])
        } catch is CancellationError {
            post([.indexing(.finished((try? corpus.indexStatus()) ?? IndexStatus(documents: 0, through: [:], entitiesResolved: false), notices: []))])
        } catch {
            guard !cancellation.isCancelled else { return }
            post([.indexing(.failed("Indexing stopped: \(error)"))])
        }
    }

    private func ask(files: Int, bytes: Int) -> Bool {
        post([.indexing(.question(IndexingState.Question(files: files, bytes: bytes)))])
        answered.wait()
        return answer.withLock { $0 } ?? false
    }

    private func hear(_ event: SyncEvent) {
        do {
            switch event {
            case .waitingForAnotherWriter:
                post([.indexing(.waitingForAnotherWriter)])
            case .scanned(let files):
                listing.withLock { $0.files = files }
                post([.indexing(.listed(try refreshedListing(all: true)))])
            case .progress(let progress):
                var actions: [Action] = [.indexing(.progress(progress))]
                if progress.done > 0, isDue(progress.phase, finished: progress.isFinished) {
                    if progress.phase == .text { actions.append(.indexing(.listed(try refreshedListing(all: false)))) }
                    if progress.phase != .entities { actions.append(.indexing(.landed(progress.phase, try corpus.indexStatus()))) }
                }
                post(actions)
            case .phaseFinished(let phase):
                // Dates change what the list shows of documents; entities land only once resolved.
                let relisted: [Action] = phase == .dates ? [.indexing(.listed(try refreshedListing(all: true)))] : []
                post(relisted + [.indexing(.landed(phase, try corpus.indexStatus()))])
            }
        } catch {
            post([.notice(StatusMessage("Could not read the index while indexing: \(error)", kind: .warning))])
        }
    }

    /// Whether the results of `phase` should be announced now.
    private func isDue(_ phase: IndexPhase, finished: Bool) -> Bool {
        let now = Date().timeIntervalSinceReferenceDate
        return listing.withLock { listing in
            guard finished || now - (listing.lastAnnounced[phase] ?? 0) >= Self.announcementInterval else { return false }
            listing.lastAnnounced[phase] = now
            return true
        }
    }

    /// The scanned files in order, each as the index summarises it or by its name while it is not
    /// indexed; `all` reads every summary again, otherwise only documents indexed since the last time.
    private func refreshedListing(all: Bool) throws -> [DocumentSummary] {
        let newest = all ? 0 : listing.withLock { $0.newestID }
        let fresh = try corpus.documents(after: newest)
        return listing.withLock { listing in
            if all { listing.indexed = [:] }
            for summary in fresh {
                listing.indexed[summary.path] = summary
                listing.newestID = max(listing.newestID, summary.id)
            }
            guard !listing.files.isEmpty else { return fresh }
            return listing.files.enumerated().map { place, file in
                listing.indexed[file.relativePath] ?? Corpus.unindexedSummary(of: file, place: place)
            }
        }
    }

    /// What the user should hear about the sync: files left out first, text repaired, then notes
    /// on the corpus (corrections that named nothing).
    private func notices(_ report: SyncReport) -> [String] {
        var notices: [String] = []
        if let warning = report.skippedWarning { notices.append(warning) }
        if !report.repaired.isEmpty {
            notices.append("Replaced invalid UTF-8 in \(report.repaired.count) file\(report.repaired.count == 1 ? "" : "s")")
        }
        return notices + corpusNotices()
    }
}
