/// Failures of the index store, worded for the one line a user sees.
public enum IndexStoreError: Error, CustomStringConvertible, Equatable {
    case cannotOpen(String, reason: String)
    case notAnIndex(String)
    case foreignDatabase(String)
    case corrupt(String)
    /// The disk under the index has no room left; what is indexed can still be read.
    case diskFull(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "cannot open the index at \(path): \(reason)"
        case let .notAnIndex(path): return "\(path) exists and is not a Dossier index; remove it or choose another --index path"
        case let .foreignDatabase(path): return "\(path) is another program's SQLite database; Dossier leaves it as it is: choose another --index path"
        case let .corrupt(path): return "the index at \(path) is damaged; run again to rebuild it"
        case let .diskFull(path): return "the disk holding the index is full (\(path))"
        }
    }
}
