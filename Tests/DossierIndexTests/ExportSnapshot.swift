import Foundation
import Testing

/// Compares an export with a file kept in `Fixtures/export`, as the screen snapshots do.
///
/// Set `DOSSIER_RECORD_SNAPSHOTS=1` to write the files anew after an intended change; a recorded
/// snapshot still fails the run, so that nobody records by accident.
enum ExportSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/export")

    static func expect(_ text: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? Data(contentsOf: file) else {
            try? Data(text.utf8).write(to: file, options: .atomic)
            Issue.record("Recorded export snapshot \(name); check \(file.path) and run again.", sourceLocation: sourceLocation)
            return
        }
        let actual = Data(text.utf8)
        guard expected != actual else { return }
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n"), new = text.components(separatedBy: "\n")
        let differences = (0..<max(old.count, new.count)).compactMap { row -> String? in
            let left = row < old.count ? old[row] : "", right = row < new.count ? new[row] : ""
            return left == right ? nil : "\(row + 1) - \(left)\n\(row + 1) + \(right)"
        }
        Issue.record("Export differs from \(name):\n\(differences.prefix(20).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}
