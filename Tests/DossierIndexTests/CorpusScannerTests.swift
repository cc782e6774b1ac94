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
