import Foundation
import Testing

/// The cross-reference panel in a real terminal, over two invented articles that disagree on the
/// date of one event: the explained panel, the jump to the conflicting sentence, its highlight,
/// and Ctrl-O back.
@Suite(.serialized) struct CrossReferenceScreenTests {
    static let articles = [
        "latvia-a.md": """
            ---
            title: Baltic States Join Alliance
            date: 2004-03-30
            ---
            Seven countries of the former Eastern bloc have completed their entry into the alliance after years of talks.

            Latvia joined Nato on 29 March 2004, the alliance said in a statement.

            Officials in Riga welcomed the news, and crowds gathered in the old town to celebrate.
            """,
        "latvia-b.md": """
            ---
            title: A Year In The Alliance
            date: 2005-04-02
            ---
            A year has passed since the Baltic states changed their security arrangements, and the mood in the region is calm.

            Latvia joined Nato on 2 April 2003, according to a government report published on Friday.

            The report also praised the country's economic record since then.
            """,
    ]

    private func corpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "xref-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in Self.articles { try Data(text.utf8).write(to: folder.appending(path: name)) }
        return folder
    }

    @Test func jumpsFromAConflictToTheOtherClaimAndBackWithCtrlO() async throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try DossierExecutable.locate()
        let session = try TmuxSession(width: 120, height: 40, command: "\(binary.path.shellQuoted) \(folder.path.shellQuoted)")
        try await session.waitFor("the first article with its conflicting claim marked") { screen in
            screen.rows[0].contains("latvia-a.md") && screen.rows.contains { $0.contains("!1 Latvia joined Nato") }
        }
        try session.sendKeys("]")
        let atClaim = try await session.waitFor("] on the conflicting claim") { $0.statusBar.contains("claim 1 of 1: 1 source, a confli") }
        let readerRows = atClaim.rows.prefix(30).map { String($0.prefix(70)) }
        try session.sendKeys("Enter")
        let panel = try await session.waitFor("the explained cross-reference panel") { screen in
            screen.contains("≠ conflict") && screen.contains("2 April 2003") && screen.contains("29 March 2004")
        }
        #expect(panel.contains("confidence"), "the panel gives the link's confidence:\n\(panel)")
        #expect(panel.contains("latvia-b.md"), "and the other document:\n\(panel)")
        try session.sendKeys("Enter")
        let jumped = try await session.waitFor("the conflicting sentence in the other article") { screen in
            screen.rows[0].contains("latvia-b.md") && screen.statusBar.contains("jump 1/1")
        }
        #expect(jumped.contains("Latvia joined Nato on 2 April 2003"))
        // The landed sentence is drawn in the selection style, not only marked in the gutter.
        let styled = try session.captureWithAttributes()
        let codes = { (line: String) in Set(line.matches(of: /\x1B\[[0-9;]*m/).map { String($0.output) }) }
        let landed = try #require(styled.first { $0.contains("Latvia joined Nato") })
        let plain = try #require(styled.first { $0.contains("also praised") })
        #expect(!codes(landed).subtracting(codes(plain)).isEmpty, "the landed sentence is drawn apart: \(landed.debugDescription)")
        try session.sendKeys("C-o")
        let back = try await session.waitFor("Ctrl-O back on the first claim") { screen in
            screen.rows[0].contains("latvia-a.md") && screen.rows.prefix(30).map { String($0.prefix(70)) } == readerRows
        }
        #expect(back.rows[0].contains("latvia-a.md"))
    }
}
