/// One capture of a tmux pane, row by row, as the user sees it.
struct PaneScreen: CustomStringConvertible {
    /// The characters of pane borders; any of them left on a shell's screen means a full-screen
    /// program did not hand the terminal back.
    private static let boxDrawing: Set<Character> = ["┌", "┏", "┐", "┓", "└", "┗", "┘", "┛", "│", "┃"]

    /// One-column ASCII look-alikes for what the explorer draws, for `description`.
    private static let asciiLookAlikes: [Character: Character] = [
        "─": "-", "━": "=", "│": "|", "┃": "#", "┌": "+", "┏": "+", "┐": "+", "┓": "+", "└": "+", "┗": "+",
        "┘": "+", "┛": "+", "…": "~", "’": "'", "·": ".", "▸": ">", "×": "x", "—": "-",
    ]

    /// The rows from top to bottom, trailing spaces trimmed by tmux.
    let rows: [String]

    init(captured text: String) {
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // capture-pane ends every row with a newline, the last one included.
        if rows.last == "" { rows.removeLast() }
        self.rows = rows
    }

    var statusBar: String { rows.last ?? "" }

    var showsBoxDrawing: Bool {
        rows.contains { row in row.contains { Self.boxDrawing.contains($0) } }
    }

    /// The screen in ASCII, for failure messages: `swift test` drops an issue whose message is
    /// dense with multi-byte UTF-8, which a screen full of pane borders is. The explorer's own
    /// characters keep their one-column width, so the layout still lines up; others show as `?`.
    var description: String {
        let ascii = rows.map { row in
            String(row.map { $0.isASCII ? $0 : Self.asciiLookAlikes[$0] ?? "?" })
        }
        return (["(in ASCII: borders - = | # +, ellipsis ~, open-document marker >)"] + ascii).joined(separator: "\n")
    }

    func contains(_ text: String) -> Bool {
        rows.contains { $0.contains(text) }
    }

    /// Whether the explorer's whole frame is drawn, with the corpus indexed: every row has
    /// something on it, the document list's border title is at the top and the status bar at the
    /// bottom, naming no indexing phase under way.
    func showsExplorer(documentCount: Int) -> Bool {
        rows.allSatisfy { !$0.isEmpty }
            && rows.first?.contains("Documents (\(documentCount))") == true
            && statusBar.contains("\(documentCount) documents")
            && !showsIndexing
    }

    /// Whether the status bar shows an indexing phase under way ("entities: 41% · …").
    var showsIndexing: Bool {
        ["text", "entities", "dates", "claims"].contains { statusBar.contains("· \($0): ") }
    }

    /// Whether the document list has a row for a title starting with `prefix`. The list is the
    /// leftmost pane, so its rows are the border, the selection marker, then the title; matching
    /// there keeps the same words in the reader from counting.
    func listShows(title prefix: String) -> Bool {
        rows.contains { $0.dropFirst(2).hasPrefix(prefix) }
    }

    /// Whether the list marks the title starting with `prefix` as the document open in the reader.
    func listMarksOpen(title prefix: String) -> Bool {
        rows.contains { $0.dropFirst().hasPrefix("▸" + prefix) }
    }
}
