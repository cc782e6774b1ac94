import Foundation
import Testing
@testable import DossierIndex

@Suite("Finding documents in a folder")
struct CorpusScannerTests {
    @Test func readsSupportedFilesRecursivelyAndSkipsHiddenOnes() throws {
        let corpus = try TemporaryCorpus(files: [
            "a.txt": "A.", "sub/b.md": "B.", "sub/deeper/c.html": "<p>C.</p>", "d.markdown": "D.", "e.htm": "E.",
            "notes.pdf": "x", "README": "x", ".hidden.txt": "x", ".git/config.txt": "x", "sub/.cache/f.txt": "x",
        ])
        #expect(CorpusScanner.scan(corpus.root).map(\.relativePath) == ["a.txt", "d.markdown", "e.htm", "sub/b.md", "sub/deeper/c.html"])
    }

    @Test func linksToFilesCountAndLinksToFoldersAreNotFollowed() throws {
        let corpus = try TemporaryCorpus(files: ["real.txt": "Real.", "inner/deep.txt": "Deep."])
        try FileManager.default.createSymbolicLink(at: corpus.root.appendingPathComponent("alias.txt"),
                                                   withDestinationURL: corpus.root.appendingPathComponent("real.txt"))
        try FileManager.default.createSymbolicLink(at: corpus.root.appendingPathComponent("loop"), withDestinationURL: corpus.root)
        #expect(CorpusScanner.scan(corpus.root).map(\.relativePath) == ["alias.txt", "inner/deep.txt", "real.txt"])
        #expect(CorpusScanner.scan(corpus.root).first?.size == 5)
    }

    @Test func aFIFOOrOtherSpecialFileIsNamedNotSkippedSilently() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "A."])
        #expect(mkfifo(corpus.root.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        #expect(symlink("nowhere.txt", corpus.root.appendingPathComponent("dangling.txt").path) == 0)
        let scan = CorpusScanner.scanReporting(corpus.root)
        #expect(scan.files.map(\.relativePath) == ["a.txt"])
        #expect(scan.leftOut == [.init(path: "dangling.txt", reason: "is a link to nothing"),
                                 .init(path: "pipe.txt", reason: "is a FIFO (named pipe), not a file to read")])
        let opened = try corpus.open()
        #expect(opened.report.skipped.map(\.path) == ["dangling.txt", "pipe.txt"], "the sync reports them too")
        #expect(opened.notices.contains { $0.hasPrefix("Left out 2 files: dangling.txt (is a link to nothing), pipe.txt (is a FIFO") })
    }

    @Test func aNameThatIsNotUTF8IsReadByItsBytesAndShownEscaped() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "A."])
        // "café.txt" as Latin-1 writes it: é is the single byte E9, which is not UTF-8.
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = Array(corpus.root.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        #expect(descriptor >= 0)
        let text = Array("The Latin-1 file was read.".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        #expect(CorpusScanner.scanReporting(corpus.root).files.map(\.relativePath) == ["a.txt", "caf\\xE9.txt"])
        let opened = try corpus.open()
        #expect(opened.report.skipped.isEmpty)
        let document = try #require(try opened.corpus.documents().first { $0.path == "caf\\xE9.txt" })
        #expect(try opened.corpus.sentences(of: document.id).map(\.text) == ["The Latin-1 file was read."])
    }

    @Test func aFolderWhosePathIsLongerThanTheSystemAllowsIsNamed() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": "A."])
        // Folders made one inside the other through descriptors, since the full path soon cannot be used.
        let component = String(repeating: "d", count: 250)
        var descriptor = open(corpus.root.path, O_RDONLY | O_DIRECTORY)
        let depth = Int(PATH_MAX) / (component.count + 1) + 1
        for _ in 0..<depth {
            #expect(mkdirat(descriptor, component, 0o755) == 0)
            let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
        }
        let file = openat(descriptor, "deep.txt", O_CREAT | O_WRONLY, 0o644)
        #expect(file >= 0)
        close(file)
        close(descriptor)
        let leftOut = CorpusScanner.scanReporting(corpus.root).leftOut
        #expect(leftOut.count == 1)
        #expect(leftOut.first?.path.hasPrefix(component + "/") == true)
        #expect(leftOut.first?.reason == "folder has a path longer than the system allows (\(PATH_MAX) bytes)")
    }

    @Test func ordersNumberedFilesNaturally() throws {
        let corpus = try TemporaryCorpus(files: ["10.txt": "x", "9.txt": "x", "100.txt": "x"])
        #expect(CorpusScanner.scan(corpus.root).map(\.relativePath) == ["9.txt", "10.txt", "100.txt"])
    }
}

@Suite("Natural order of paths")
struct NaturalOrderTests {
    @Test func numbersCompareByValueAndLettersIgnoreCase() {
        let sorted = ["b10.txt", "B2.txt", "a.txt", "b1.txt", "copy-10/x.txt", "copy-9/x.txt", "007.txt", "7.txt", "A.txt"]
            .sorted(by: NaturalOrder.areInIncreasingOrder)
        #expect(sorted == ["7.txt", "007.txt", "A.txt", "a.txt", "b1.txt", "B2.txt", "b10.txt", "copy-9/x.txt", "copy-10/x.txt"])
    }
}
