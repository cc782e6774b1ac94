import DossierIndex
import Foundation

/// Benchmark reports as an aligned text table, one row per corpus.
struct BenchTable {
    let reports: [BenchmarkReport]

    var text: String {
        let header = ["corpus", "docs", "MB", "index MB/s", "FTS5 index MB/s", "docs/s", "warm open ms", "keys", "p50 ms", "p95 ms", "p99 ms", "again p99",
                      "FTS5 p50", "FTS5 p95", "FTS5 p99", "NER MB/s", "CAPS", "lower", "1 line", "dates MB/s", "claims", "links", "link s"]
        let rows = reports.map { report -> [String] in
            [URL(fileURLWithPath: report.corpus).lastPathComponent, "\(report.documents)", Self.format(Double(report.bytes) / 1_000_000, 1),
             Self.format(report.indexMegabytesPerSecond, 2), Self.format(report.fullTextIndexMegabytesPerSecond, 2),
             Self.format(report.indexDocumentsPerSecond, 0),
             Self.format(report.warmOpenMilliseconds, 1), "\(report.keystrokes)",
             Self.format(report.keystroke.p50, 2), Self.format(report.keystroke.p95, 2), Self.format(report.keystroke.p99, 2),
             Self.format(report.keystrokeAgain.p99, 2),
             Self.format(report.fts5.p50, 2), Self.format(report.fts5.p95, 2), Self.format(report.fts5.p99, 2),
             Self.format(report.extraction.megabytesPerSecond, 2), Self.format(report.extraction.allCapitalsMegabytesPerSecond, 2),
             Self.format(report.extraction.noCapitalsMegabytesPerSecond, 2), Self.format(report.extraction.singleLineMegabytesPerSecond, 2),
             Self.format(report.tagging.megabytesPerSecond, 2),
             "\(report.claims)", "\(report.claimLinks)", Self.format(report.linkSeconds, 2)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
