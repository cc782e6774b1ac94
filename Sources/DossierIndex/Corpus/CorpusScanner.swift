import Foundation

/// Walks a corpus folder for documents Dossier can read, skipping hidden files and folders and
/// naming every other file or folder it cannot take, with the reason.
public enum CorpusScanner {
    /// Every readable document below `root`, in path order.
    public static func scan(_ root: URL) -> [ScannedFile] {
        scanReporting(root).files
    }

    /// Every readable document below `root`, in path order, and what was left out.
    ///
    /// It reads directories with `readdir` and `stat` directly: Foundation's enumerator costs tens of
    /// microseconds a file, which a folder of a hundred thousand documents turns into seconds at
    /// every start. Paths are kept as bytes, so that names in another encoding than UTF-8 are read too.
    public static func scanReporting(_ root: URL) -> CorpusScan {
        var scan = CorpusScan()
        let base = Array(root.standardizedFileURL.path.utf8)
        walk(directory: base, relative: "", into: &scan)
        scan.files.sort { NaturalOrder.areInIncreasingOrder($0.relativePath, $1.relativePath) }
        scan.leftOut.sort { NaturalOrder.areInIncreasingOrder($0.path, $1.path) }
        return scan
    }

    private static func walk(directory: [UInt8], relative: String, into scan: inout CorpusScan) {
        guard let handle = withCString(directory, { opendir($0) }) else {
            scan.leftOut.append(.init(path: relative.isEmpty ? "." : relative + "/", reason: "folder " + reason(errno)))
            return
        }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            // Hidden files and folders, and "." and "..", are not part of the corpus.
            guard name.first != UInt8(ascii: ".") else { continue }
            let path = directory + (directory.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]) + name
            let shownName = PrintableText.decoding(fileName: name)
            let relativePath = relative.isEmpty ? shownName : relative + "/" + shownName
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                walk(directory: path, relative: relativePath, into: &scan)
            case Int32(DT_REG), Int32(DT_LNK), Int32(DT_UNKNOWN):
                if entry.pointee.d_type == UInt8(DT_UNKNOWN), isDirectory(path) {
                    walk(directory: path, relative: relativePath, into: &scan)
                } else {
                    addFile(path: path, relativePath: relativePath, name: shownName, into: &scan)
                }
            default:
                scan.leftOut.append(.init(path: relativePath, reason: "is \(kind(Int32(entry.pointee.d_type))), not a file to read"))
            }
        }
    }

    /// Adds a document with a supported extension; a link counts when it leads to a plain file.
    private static func addFile(path: [UInt8], relativePath: String, name: String, into scan: inout CorpusScan) {
        guard let dot = name.lastIndex(of: "."), DocumentLoader.Format(pathExtension: String(name[name.index(after: dot)...])) != nil else {
            return
        }
        var status = stat()
        guard withCString(path, { stat($0, &status) }) == 0 else {
            scan.leftOut.append(.init(path: relativePath, reason: errno == ENOENT ? "is a link to nothing" : reason(errno)))
            return
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            if (status.st_mode & S_IFMT) != S_IFDIR {
                scan.leftOut.append(.init(path: relativePath, reason: "leads to \(kind(status.st_mode)), not a file to read"))
            }
            return
        }
        let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1_000_000_000
        scan.files.append(ScannedFile(url: URL(fileURLWithPath: String(decoding: path, as: UTF8.self)), relativePath: relativePath,
                                      size: Int(status.st_size), modified: modified, fileSystemPath: path))
    }

    /// The system's reason in words a user can act on; a path too long gets the limit named.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENAMETOOLONG: return "has a path longer than the system allows (\(PATH_MAX) bytes)"
        case EACCES: return "cannot be read: permission denied"
        default: return "cannot be read: \(String(cString: strerror(code)))"
        }
    }

    /// "a FIFO", "a socket"… from a directory entry's type or a file mode.
    private static func kind(_ type: Int32) -> String {
        switch type {
        case Int32(DT_FIFO): return "a FIFO (named pipe)"
        case Int32(DT_SOCK): return "a socket"
        case Int32(DT_CHR): return "a character device"
        case Int32(DT_BLK): return "a block device"
        default: return "a special file"
        }
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return kind(Int32(DT_FIFO))
        case S_IFSOCK: return kind(Int32(DT_SOCK))
        case S_IFCHR: return kind(Int32(DT_CHR))
        case S_IFBLK: return kind(Int32(DT_BLK))
        default: return kind(Int32(DT_UNKNOWN))
        }
    }

    private static func isDirectory(_ path: [UInt8]) -> Bool {
        var status = stat()
        return withCString(path, { lstat($0, &status) }) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    private static func withCString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { bytes in bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }
}
