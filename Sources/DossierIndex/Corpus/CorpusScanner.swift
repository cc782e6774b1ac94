import Foundation

/// Walks a corpus folder for documents Dossier can read, skipping hidden files and folders.
public enum CorpusScanner {
    /// Every readable document below `root`, in path order.
    public static func scan(_ root: URL) -> [ScannedFile] {
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            return []
        }
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [ScannedFile] = []
        for case let url as URL in enumerator where DocumentLoader.Format(pathExtension: url.pathExtension) != nil {
            let resolved = url.resolvingSymlinksInPath()
            guard let values = try? resolved.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            files.append(ScannedFile(url: url, relativePath: relativePath(of: url, under: rootPath), size: values.fileSize ?? 0,
                                     modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0))
        }
        return files.sorted { $0.relativePath.localizedStandardCompare($1.relativePath) == .orderedAscending }
    }

    static func relativePath(of url: URL, under rootPath: String) -> String {
        let path = url.standardizedFileURL.path
        let resolvedParent = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        let full = resolvedParent + "/" + url.lastPathComponent
        for candidate in [full, path] where candidate.hasPrefix(rootPath + "/") {
            return String(candidate.dropFirst(rootPath.count + 1))
        }
        return url.lastPathComponent
    }
}
