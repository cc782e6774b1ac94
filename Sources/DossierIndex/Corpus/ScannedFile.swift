import Foundation

/// A candidate document found on disk, described by what the file system says without reading it.
public struct ScannedFile: Sendable, Equatable {
    public var url: URL
    /// The path relative to the corpus folder, with `/` separators.
    public var relativePath: String
    public var size: Int
    /// Modification time, in seconds since 1970.
    public var modified: Double
}
