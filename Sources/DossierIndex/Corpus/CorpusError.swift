/// Problems with the corpus folder itself, worded for the one line a user sees.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    case missingFolder(String)
    case notAFolder(String)
    case unreadableFolder(String)
    case noDocuments(String, skipped: String?)

    public var description: String {
        switch self {
        case .missingFolder(let path): return "no such folder: \(path)"
        case .notAFolder(let path): return "not a folder: \(path) (give the folder that holds the documents)"
        case .unreadableFolder(let path): return "cannot read the folder \(path)"
        case let .noDocuments(path, skipped):
            let base = "no documents to read in \(path) (Dossier reads .txt, .md, .markdown, .html and .htm files)"
            return skipped.map { base + "; " + $0 } ?? base
        }
    }
}
