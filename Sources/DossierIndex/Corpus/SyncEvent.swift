/// What a sync tells whoever watches it, as it happens.
public enum SyncEvent: Sendable, Equatable {
    /// Another Dossier is changing this index; the sync waits until it is done.
    case waitingForAnotherWriter
    /// The folder was listed: these are the documents it holds, in path order.
    case scanned([ScannedFile])
    /// A phase began, or a batch of it was committed.
    case progress(IndexProgress)
    /// Every document has gone through the phase, and so has the corpus (entities resolved).
    case phaseFinished(IndexPhase)
}
