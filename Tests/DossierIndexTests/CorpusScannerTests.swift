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

    @Test func ordersNumberedFilesNaturally() throws {
        let corpus = try TemporaryCorpus(files: ["10.txt": "x", "9.txt": "x", "100.txt": "x"])
        #expect(CorpusScanner.scan(corpus.root).map(\.relativePath) == ["9.txt", "10.txt", "100.txt"])
    }
}
