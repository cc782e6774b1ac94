import Foundation
import GRDB

/// The SQLite database that holds one corpus's index, opened for concurrent readers and one writer.
public final class IndexStore: Sendable {
    /// Bumped whenever the schema or the extraction changes in a way old rows cannot follow; an index
    /// with another version is rebuilt.
    public static let schemaVersion = 24
    /// Marks a database as Dossier's (`PRAGMA application_id`), so another program's file is never touched.
    static let applicationID: Int32 = 0x444F_5353

    public let location: URL
    public let database: DatabasePool

    /// Why an index could not be opened as it was.
    enum Problem: Error {
        case corrupt
        case otherSchema(Int)
        case foreign
    }

    init(location: URL, database: DatabasePool) {
        self.location = location
        self.database = database
    }

    /// Opens the index at `location`, creating it when absent; throws ``IndexStoreError`` when it cannot.
    ///
    /// A corrupt index, or one written with another schema, is deleted and built afresh; the notice
    /// says so in one line.
    /// With `discardingExisting`, whatever is at `location` is deleted first, as when a damaged index
    /// was found while using it.
    public static func open(at location: URL, mayReplaceUnrecognised: Bool = false,
                            discardingExisting: Bool = false) throws -> (store: IndexStore, notice: String?) {
        try refuseAnotherProgramsFile(at: location, mayReplaceUnrecognised: mayReplaceUnrecognised)
        try createDirectory(for: location)
        // The lock file is never deleted: a process waiting on it must wait on the file the next one locks.
        let lock = try FileLock(location.appendingPathExtension("lock"))
        defer { lock.release() }
        if discardingExisting {
            // Never from under a sync that is writing to it.
            let writer = try FileLock(writerLockURL(for: location))
            defer { writer.release() }
            try removeDatabaseFiles(at: location)
        }
        do {
            return (try openExisting(at: location), nil)
        } catch let problem as Problem {
            let notice: String
            switch problem {
            case .corrupt:
                guard mayReplaceUnrecognised || Self.looksLikeSQLite(location) else {
                    throw IndexStoreError.notAnIndex(location.path)
                }
                notice = "The index at \(location.path) was damaged; rebuilding it."
            case .otherSchema(let version):
                notice = "The index was built by another version of Dossier (schema \(version), now \(schemaVersion)); rebuilding it."
            case .foreign:
                throw IndexStoreError.foreignDatabase(location.path)
            }
            try removeDatabaseFiles(at: location)
            return (try openExisting(at: location), notice)
        }
    }

    /// Throws before anything is written (no lock file, no journal switch) when the file at `location`
    /// is another program's database, or, where it may not be replaced, anything but an SQLite file.
    private static func refuseAnotherProgramsFile(at location: URL, mayReplaceUnrecognised: Bool) throws {
        guard let header = SQLiteHeader(of: location) else { return }
        if header.isAnotherProgramsDatabase(at: location) { throw IndexStoreError.foreignDatabase(location.path) }
        if !header.isSQLite && !mayReplaceUnrecognised { throw IndexStoreError.notAnIndex(location.path) }
    }

    private static func openExisting(at location: URL) throws -> IndexStore {
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: location.path, configuration: configuration())
        } catch let error as DatabaseError where isCorruption(error) {
            throw Problem.corrupt
        } catch let error as DatabaseError where isDiskFull(error, at: location) {
            throw IndexStoreError.diskFull(location.path)
        } catch {
            throw IndexStoreError.cannotOpen(location.path, reason: String(describing: error))
        }
        let store = IndexStore(location: location, database: pool)
        try store.detectingCorruption { try store.prepareSchema() }
        return store
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        // Another Dossier on the same corpus may hold the write lock while it indexes.
        configuration.busyMode = .timeout(30)
        configuration.label = "dossier-index"
        // The index can always be rebuilt from the documents, so it need not survive a power cut;
        // in WAL mode NORMAL still never corrupts the file, and it saves an fsync per transaction.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try PhraseInstancesFunction.register(in: db)
        }
        return configuration
    }

    /// Checks that the file is this program's index at this schema, and creates the schema when new.
    private func prepareSchema() throws {
        do {
            let (applicationID, version, tableCount) = try database.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
            }
            if tableCount > 0 && applicationID != Self.applicationID { throw Problem.foreign }
            if tableCount > 0 && version != Self.schemaVersion { throw Problem.otherSchema(version) }
            try migrate()
        } catch let error as DatabaseError where Self.isCorruption(error) {
            throw Problem.corrupt
        }
    }

    private func migrate() throws {
        do {
            try Self.migrator.migrate(database)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_ERROR {
            // A second Dossier may have created the schema in the same moment; its work is ours.
            try Self.migrator.migrate(database)
        }
        try database.write { try $0.execute(sql: "PRAGMA user_version = \(Self.schemaVersion)") }
    }

    /// The lock a sync holds from start to end, so that one process at a time changes the index.
    var writerLockURL: URL { Self.writerLockURL(for: location) }

    static func writerLockURL(for location: URL) -> URL { location.appendingPathExtension("writer") }

    /// Takes the writer lock, waiting for another sync to finish; `waiting` is called first when it must.
    func lockForWriting(waiting: () -> Void) throws -> FileLock {
        try FileLock(writerLockURL, waiting: waiting)
    }

    /// Whether another sync is changing the index now.
    public var isBeingWritten: Bool {
        (try? FileLock.ifFree(writerLockURL)) == nil
    }

    static func isCorruption(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// Runs `body`, and when the database turns out to be damaged midway, reports it as corruption;
    /// when the disk under it is full, says so in those words rather than SQLite's.
    public func detectingCorruption<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where Self.isCorruption(error) {
            throw IndexStoreError.corrupt(location.path)
        } catch let error as DatabaseError where Self.isDiskFull(error, at: location) {
            throw IndexStoreError.diskFull(location.path)
        }
    }

    /// SQLite says SQLITE_FULL when a write comes up short; when the disk fills at a moment it reads as
    /// an I/O error (growing the shared-memory file, say), the folder's free space tells.
    static func isDiskFull(_ error: DatabaseError, at location: URL) -> Bool {
        if error.resultCode == .SQLITE_FULL { return true }
        guard error.resultCode == .SQLITE_IOERR || error.resultCode == .SQLITE_CANTOPEN else { return false }
        var status = statvfs()
        return statvfs(location.deletingLastPathComponent().path, &status) == 0 && status.f_bavail == 0
    }

    private static func createDirectory(for location: URL) throws {
        let directory = location.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw IndexStoreError.cannotOpen(location.path, reason: "cannot create \(directory.path)")
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw IndexStoreError.cannotOpen(location.path, reason: "\(directory.path) is not writable")
        }
    }

    static func looksLikeSQLite(_ location: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: location.path) else { return true }
        defer { try? handle.close() }
        let header = handle.readData(ofLength: 16)
        return header.isEmpty || header == Data("SQLite format 3\0".utf8)
    }

    static func removeDatabaseFiles(at location: URL) throws {
        for suffix in ["", "-wal", "-shm"] {
            let path = location.path + suffix
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        }
    }
}
