import Foundation

/// A candidate document found on disk, described by what the file system says without reading it.
public struct ScannedFile: Sendable, Equatable {
    public var url: URL
    /// The path relative to the corpus folder, with `/` separators; a byte of the name that is not
    /// UTF-8 is written `\xFF` (``PrintableText/decoding(fileName:)``).
    public var relativePath: String
    public var size: Int
    /// Modification time, in seconds since 1970.
    public var modified: Double
    /// The full path as the file system has it, byte for byte, which need not be UTF-8.
    public var fileSystemPath: [UInt8]

    public init(url: URL, relativePath: String, size: Int, modified: Double, fileSystemPath: [UInt8]? = nil) {
        self.url = url
        self.relativePath = relativePath
        self.size = size
        self.modified = modified
        self.fileSystemPath = fileSystemPath ?? Array(url.path.utf8)
    }

    /// The file's bytes, read by its path's own bytes, so that a name in another encoding is read too.
    func contents() throws -> Data {
        let descriptor = (fileSystemPath + [0]).withUnsafeBufferPointer { path in
            path.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        return try FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).readToEnd() ?? Data()
    }

    /// Why a file could not be opened, in the system's words.
    struct ReadError: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}
