import Foundation

/// What a shell prints about the terminal right after a program returns to it: the program's exit
/// status and whether the line discipline is back in canonical mode with echo on.
struct ShellReport {
    /// Prints `status=<code>`, then `mode=icanon` and `mode=echo`, or `mode=-icanon` and
    /// `mode=-echo` when a program left them off. It splits `stty -a` one flag per line because
    /// the terminal wraps its long lines at arbitrary points.
    static let commandLine =
        #"echo "status=$?"; stty -a | tr -s ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | sed 's/^/mode=/'"#

    /// The modes of a terminal a shell can read lines from.
    static let saneModes: Set<String> = ["icanon", "echo"]

    let status: Int
    let modes: Set<String>

    /// Reads the last report on `screen`; nil until its status and both mode lines are printed.
    init?(screen: PaneScreen) {
        guard let statusRow = screen.rows.lastIndex(where: { Self.status(in: $0) != nil }),
              let status = Self.status(in: screen.rows[statusRow]) else { return nil }
        let modeRows = screen.rows[(statusRow + 1)...].prefix { $0.hasPrefix("mode=") }
        guard modeRows.count == 2 else { return nil }
        self.status = status
        modes = Set(modeRows.map { String($0.dropFirst("mode=".count)) })
    }

    /// The code on a row ending in `status=<code>`. The shell's prompt may come before it, when
    /// the report was typed ahead of the prompt, and the echoed command's `status=$?` is no code.
    private static func status(in row: String) -> Int? {
        guard let marker = row.range(of: "status=", options: .backwards) else { return nil }
        return Int(row[marker.upperBound...])
    }
}
