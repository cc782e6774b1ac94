import Foundation
import Testing

/// An index on a disk that fills up: the user reads "the disk holding the index is full (PATH)", not
/// SQLite's words, and what was indexed before can still be read.
@Suite struct FullDiskTests {
    @Test func aFullDiskUnderTheIndexIsNamedAndTheIndexStillReads() throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-full-\(UUID().uuidString)")
        let corpus = scratch.appending(path: "corpus"), disk = scratch.appending(path: "disk")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: DossierExecutable.seeds.appending(path: "003_f14e3d773add1806.txt"), to: corpus.appending(path: "a.txt"))
        let dossier = try DossierExecutable.locate().path.shellQuoted, index = disk.appending(path: "index.sqlite").path.shellQuoted
        let second = DossierExecutable.seeds.appending(path: "002_5f4c54cc68c0ed8a.txt").path.shellQuoted
        let out = scratch.path.shellQuoted
        // The disk is filled to the last block but for room to open the index (its shared-memory file),
        // then a new document needs more than is left.
        let script = """
            mount -t tmpfs -o size=8m tmpfs \(disk.path.shellQuoted) || exit 90
            \(dossier) index \(corpus.path.shellQuoted) --index \(index) --quiet > /dev/null || exit 91
            dd if=/dev/zero of=\(disk.appending(path: "reserve").path.shellQuoted) bs=64k count=1 2>/dev/null
            dd if=/dev/zero of=\(disk.appending(path: "filler").path.shellQuoted) bs=4k 2>/dev/null
            rm \(disk.appending(path: "reserve").path.shellQuoted)
            cp \(second) \(corpus.appending(path: "b.txt").path.shellQuoted)
            \(dossier) index \(corpus.path.shellQuoted) --index \(index) > \(out)/index.out 2> \(out)/index.err; echo $? > \(out)/index.status
            \(dossier) docs --corpus \(corpus.path.shellQuoted) --index \(index) > \(out)/docs.out 2> \(out)/docs.err; echo $? > \(out)/docs.status
            """
        let outcome = try PrivateMount.run(script)
        #expect(outcome.exitStatus == 0, "\(outcome.standardError)")
        func file(_ name: String) -> String { (try? String(contentsOf: scratch.appending(path: name), encoding: .utf8)) ?? "" }
        let path = disk.appending(path: "index.sqlite").path
        let indexErrors = file("index.err"), docsErrors = file("docs.err"), listed = file("docs.out")
        #expect(indexErrors.contains("the disk holding the index is full (\(path)); showing the index as it was"), "\(indexErrors)")
        #expect(!indexErrors.contains("SQLite"), "not SQLite's own words")
        #expect(file("index.status") == "1\n", "index says it could not bring the index up to date")
        #expect(file("docs.status") == "0\n")
        #expect(listed.hasPrefix("a.txt\t") && !listed.contains("b.txt"), "what was indexed still reads:\n\(listed)")
        // A query answers from the index as it is, without bringing it up to date, and says the folder changed since.
        #expect(docsErrors.contains("1 file changed since the index was built (1 new)"), "\(docsErrors)")
    }

    @Test func theExplorerOpensReadOnlyOnAFullDiskAndSaysSo() async throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "dossier-e2e-full-\(UUID().uuidString)")
        let corpus = scratch.appending(path: "corpus"), disk = scratch.appending(path: "disk")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: DossierExecutable.seeds.appending(path: "003_f14e3d773add1806.txt"), to: corpus.appending(path: "a.txt"))
        let dossier = try DossierExecutable.locate().path.shellQuoted, index = disk.appending(path: "index.sqlite").path.shellQuoted
        let script = """
            mount -t tmpfs -o size=8m tmpfs \(disk.path.shellQuoted) || exit 90
            \(dossier) index \(corpus.path.shellQuoted) --index \(index) --quiet > /dev/null || exit 91
            dd if=/dev/zero of=\(disk.appending(path: "reserve").path.shellQuoted) bs=64k count=1 2>/dev/null
            dd if=/dev/zero of=\(disk.appending(path: "filler").path.shellQuoted) bs=4k 2>/dev/null
            rm \(disk.appending(path: "reserve").path.shellQuoted)
            cp \(DossierExecutable.seeds.appending(path: "002_5f4c54cc68c0ed8a.txt").path.shellQuoted) \(corpus.appending(path: "b.txt").path.shellQuoted)
            \(dossier) \(corpus.path.shellQuoted) --index \(index)
            """
        let command = try PrivateMount.command(script).map(\.shellQuoted).joined(separator: " ")
        let session = try TmuxSession(width: 200, height: 40, command: command)
        let screen = try await session.waitFor("the explorer with the notice", timeout: .seconds(60)) {
            $0.contains("the disk holding the index is full (\(disk.appending(path: "index.sqlite").path))")
        }
        #expect(screen.contains("Russia & Iran Converge"), "the document indexed before is listed")
        try session.sendKeys("2", "Space")
        try await session.waitFor("the reader paging") { !$0.contains("the disk holding the index is full") }
    }
}
