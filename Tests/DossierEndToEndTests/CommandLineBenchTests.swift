import Foundation
import Testing

/// `dossier bench --json` on the seeds: the object the issue promises, with figures that belong
/// to the corpus measured.
@Suite struct CommandLineBenchTests {
    @Test func printsOneObjectWithTheMeasuredCorpusAndItsTimings() throws {
        let outcome = try DossierExecutable.run(["bench", "--corpus", DossierExecutable.seeds.path, "--json"])
        #expect(outcome.exitStatus == 0, "\(outcome.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let seeds = try FileManager.default.contentsOfDirectory(at: DossierExecutable.seeds, includingPropertiesForKeys: [.fileSizeKey])
        let bytes = try seeds.reduce(0) { $0 + (try $1.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) }
        #expect(report["documents"] as? Int == seeds.count)
        #expect(report["bytes"] as? Int == bytes)
        #expect((report["keystrokes"] as? Int ?? 0) > 0)
        let timing = { (key: String) in report[key] as? Double ?? -1 }
        #expect(timing("index_mb_per_s") > 0)
        // The full-text index alone is one part of a build, so it must go faster than the whole.
        #expect(timing("fts5_index_mb_per_s") > timing("index_mb_per_s"))
        #expect(0 < timing("keystroke_ms_p50") && timing("keystroke_ms_p50") <= timing("keystroke_ms_p99"))
        #expect(timing("keystroke_again_ms_p99") > 0)
        #expect(timing("fts5_ms_p99") > 0)
    }
}
