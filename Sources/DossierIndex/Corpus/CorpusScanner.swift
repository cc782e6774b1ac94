import Foundation

/// Walks a corpus folder for documents Dossier can read, skipping hidden files and folders.
public enum CorpusScanner {
    /// Every readable document below `root`, in path order.
    ///
    /// It reads directories with `readdir` and `stat` directly: Foundation's enumerator costs tens of
    /// microseconds a file, which a folder of a hundred thousand documents turns into seconds at
    /// every start.
    public static func scan(_ root: URL) -> [ScannedFile] {
        let base = root.standardizedFileURL.path
        var files: [ScannedFile] = []
        walk(directory: base, relative: "", into: &files)
        return files.sorted { NaturalOrder.areInIncreasingOrder($0.relativePath, $1.relativePath) }
    }

    private static func walk(directory: String, relative: String, into files: inout [ScannedFile]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            // Hidden files and folders, and "." and "..", are not part of the corpus.
            guard !name.hasPrefix(".") else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch entry.pointee.d_type {
            case UInt8(DT_DIR):
                walk(directory: path, relative: relativePath, into: &files)
            case UInt8(DT_REG), UInt8(DT_LNK), UInt8(DT_UNKNOWN):
                addFile(path: path, relativePath: relativePath, name: name, isLink: entry.pointee.d_type != UInt8(DT_REG), into: &files)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN), isDirectory(path, followingLinks: false) {
                    walk(directory: path, relative: relativePath, into: &files)
                }
            default:
                continue
            }
        }
    }

    /// Adds a document with a supported extension; a link counts when it leads to a plain file.
    private static func addFile(path: String, relativePath: String, name: String, isLink: Bool, into files: inout [ScannedFile]) {
        guard let dot = name.lastIndex(of: "."), DocumentLoader.Format(pathExtension: String(name[name.index(after: dot)...])) != nil else {
            return
        }
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
        let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1_000_000_000
        files.append(ScannedFile(url: URL(fileURLWithPath: path), relativePath: relativePath, size: Int(status.st_size), modified: modified))
    }

    private static func isDirectory(_ path: String, followingLinks: Bool) -> Bool {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        return result == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
