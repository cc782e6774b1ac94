import DossierIndex

/// What the background indexing reports to the explorer.
public enum IndexingEvent: Sendable, Equatable {
    /// Another Dossier is indexing the corpus; this one waits for it to finish.
    case waitingForAnotherWriter
    /// The document list as it stands: the files scanned, those the index holds summarised, the
    /// others by name with negative ids.
    case listed([DocumentSummary])
    /// A phase began or a batch of it was committed.
    case progress(IndexProgress)
    /// Results of `phase` were committed; `status` is how far the index has got.
    case landed(IndexPhase, IndexStatus)
    /// The folder is large; indexing waits for a yes or a no.
    case question(IndexingState.Question)
    /// Indexing ended: every phase done, or stopped; `notices` are for the user.
    case finished(IndexStatus, notices: [String])
    /// Indexing stopped on an error, which `message` words.
    case failed(String)
}
