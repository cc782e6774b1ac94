import Foundation

/// Short articles made of a few facts stated in different documents, some the same way and some
/// with other figures, and filler around them: enough names, dates and claims for every phase of
/// indexing to have work, and for claims to link across documents.
enum NewsLikeCorpus {
    /// Facts with two versions each; documents state one version or the other.
    private static let facts: [(String, String)] = [
        ("Trade between Iran and Russia reached $4 billion last year, according to the customs office in Tehran.",
         "Officials in Tehran said Iran's trade with Russia was about $5 billion last year, a record for the two countries."),
        ("The gas pipeline between Iran and Armenia will run 140 km across the mountains, engineers said on Monday.",
         "Engineers said the gas pipeline between Iran and Armenia will run 300 km across the mountains."),
        ("Vladimir Putin signed the treaty with Iran in Moscow on January 17, 2025, after long talks.",
         "The treaty with Iran was signed by Vladimir Putin in January 2025 in Moscow."),
        ("The International North-South Transport Corridor is a 7,200-kilometer network of sea, rail and road routes.",
         "The North-South Transport Corridor stretches 7,200 km from Mumbai through Iran to Russia."),
        ("Gazprom agreed in July 2022 to invest $40 billion in the National Iranian Oil Company's fields.",
         "The National Iranian Oil Company said Gazprom would invest $30 billion in its fields from July 2022."),
    ]

    private static let filler = [
        "The weather in the capital was mild for the season.",
        "Markets opened higher on Monday and closed lower on Tuesday.",
        "The football club won its third match in a row.",
        "A new museum opened its doors to visitors in the old town.",
        "Analysts at the Bank of England expect growth to slow in 2026.",
    ]

    /// `count` documents named `news-N.txt`, each stating three facts between filler sentences.
    static func files(count: Int) -> [String: String] {
        var files: [String: String] = [:]
        for index in 0..<count {
            var paragraphs = ["Report number \(index + 1) from the region"]
            for step in 0..<3 {
                let fact = facts[(index + step * 2) % facts.count]
                let version = (index / facts.count + step) % 2 == 0 ? fact.0 : fact.1
                paragraphs.append("\(filler[(index + step) % filler.count]) \(version) \(filler[(index + step + 2) % filler.count])")
            }
            files["news-\(index + 1).txt"] = paragraphs.joined(separator: "\n\n")
        }
        return files
    }
}
