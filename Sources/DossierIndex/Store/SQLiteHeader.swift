import Foundation

/// The first 100 bytes of an SQLite database file, read without opening it through SQLite: opening
/// another program's database would switch it to WAL and leave files beside it.
struct SQLiteHeader {
    static let length = 100
    private static let magic = Data("SQLite format 3\0".utf8)

    let bytes: Data

    /// The header of the file at `location`; nil when there is no file or it is empty.
    init?(of location: URL) {
        guard let handle = FileHandle(forReadingAtPath: location.path) else { return nil }
        defer { try? handle.close() }
        guard let bytes = try? handle.read(upToCount: Self.length), !bytes.isEmpty else { return nil }
        self.bytes = bytes
    }

    var isSQLite: Bool { bytes.count == Self.length && bytes.prefix(Self.magic.count) == Self.magic }

    /// The journal mode the file was last left in: WAL when the read and write versions are 2.
    var isWAL: Bool { isSQLite && bytes[bytes.startIndex + 18] == 2 && bytes[bytes.startIndex + 19] == 2 }

    /// `PRAGMA application_id`, at offset 68.
    var applicationID: Int32 { Int32(bitPattern: bigEndian(at: 68)) }

    /// The database's size in pages, at offset 28: a database with a table has at least two.
    var pageCount: UInt32 { bigEndian(at: 28) }

    /// Whether the file is a database some other program made: SQLite, with tables, and not marked as
    /// Dossier's. Dossier's own index is always left in WAL mode, and its mark is written with its first
    /// table; while a WAL file is beside it the header may lag behind, so then SQLite is asked instead.
    func isAnotherProgramsDatabase(at location: URL) -> Bool {
        guard isSQLite, pageCount > 1, applicationID != IndexStore.applicationID else { return false }
        return !isWAL || !FileManager.default.fileExists(atPath: location.path + "-wal")
    }

    private func bigEndian(at offset: Int) -> UInt32 {
        guard bytes.count >= offset + 4 else { return 0 }
        return bytes[(bytes.startIndex + offset)..<(bytes.startIndex + offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
