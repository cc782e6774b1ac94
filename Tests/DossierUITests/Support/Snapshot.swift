import Foundation
import Testing

/// Compares a rendered screen with a text file kept beside the tests.
///
/// Set `DOSSIER_RECORD_SNAPSHOTS=1` to write the files anew after an intended change; a recorded
/// snapshot still fails the run, so that nobody records by accident.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func expect(_ screen: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent("\(name).txt")
        let recording = ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? (screen + "\n").write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(name); check \(file.path) and run again.", sourceLocation: sourceLocation)
            return
        }
        if expected != screen + "\n" {
            Issue.record("Screen differs from snapshot \(name):\n\(diff(expected: expected, actual: screen + "\n"))", sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, expected above actual.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        return (0..<max(old.count, new.count)).compactMap { row in
            let left = row < old.count ? old[row] : "", right = row < new.count ? new[row] : ""
            return left == right ? nil : "\(row + 1) - \(left)\n\(row + 1) + \(right)"
        }.joined(separator: "\n")
    }
}
