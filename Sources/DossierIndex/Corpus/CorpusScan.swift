/// What walking a corpus folder found: the documents to read, and every file or folder left out
/// with the reason, so that none is left out silently.
public struct CorpusScan: Sendable, Equatable {
    public var files: [ScannedFile] = []
    public var leftOut: [SyncReport.Skipped] = []
}
