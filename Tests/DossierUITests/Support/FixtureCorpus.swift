import DossierIndex
import Foundation

/// A small corpus written for the UI tests: plain, Markdown and HTML documents with curly quotes,
/// dashes, accents and wide CJK characters, opened through the real indexer.
final class FixtureCorpus {
    let root: URL
    let corpus: Corpus

    static let files: [String: String] = [
        "alpha.txt": """
        Pipeline Talks Resume in Vienna

        Negotiators returned to Vienna on Monday for a fresh round of talks on the pipeline that would carry gas from the Caspian coast to the Black Sea. The delegations, led by deputy ministers, said they hoped to settle the question of transit fees before the end of the month.

        “We are closer than we have ever been,” one official said — though he declined to give details. Analysts in Tbilisi and Baku were more cautious, noting that the financing had already collapsed twice.

        The café near the conference centre did brisk business all week.
        """,
        "beta.md": """
        ---
        title: Harbour Expansion Approved
        date: 2024-03-05
        ---
        The port authority approved a **new container terminal** on Tuesday, ending a dispute that had lasted six years.

        Construction is expected to begin in the autumn and to take about three years. The terminal will double the harbour's capacity.
        """,
        "gamma.html": """
        <html><head><title>東京 Summit: Leaders Meet</title></head>
        <body><h1>東京 Summit: Leaders Meet</h1>
        <p>Leaders from twelve countries met in 東京 (Tokyo) for two days of talks on trade and shipping routes.</p>
        <p>The final communiqué promised a joint study of the northern sea route &amp; its ports.</p></body></html>
        """,
        "epsilon.txt": """
        Notes From a Long Winter

        The first snow came early that year, in the second week of October, and it did not leave the valley until April. The villagers had seen hard winters before, but none that began so soon or lasted so long.

        By November the road to the market town was closed for days at a time. The bus that carried children to the secondary school ran on Mondays and Fridays only, and on many weeks not at all.

        The council met in the school hall to discuss what could be done. Some wanted a second snowplough; others said the money would be better spent on the clinic, which had lost its only nurse in the autumn.

        In the end they agreed to ask the regional government for both. The letter was drafted by the schoolteacher and signed by every household in the valley, one hundred and twelve names in all.

        The reply came in January. It promised a review of winter services across the region and a decision by the spring, but offered nothing for the months in between.

        So the valley made its own arrangements. A farmer with a tractor cleared the road each morning before dawn; a retired doctor opened his kitchen twice a week for anyone who needed to be seen.

        When the thaw finally came, the river rose higher than anyone could remember. The old bridge held, but the footpath along the bank was washed away in a single night.

        The review, when it was published, recommended a second snowplough and a full-time nurse for the clinic. Both arrived the following November, a week before the first snow.
        """,
        "zeta.md": """
        ---
        title: Embargo Dates Disputed
        date: 2024-03-08
        ---
        The arms embargo ended in October 2020, one envoy said. Another insisted that it lapsed in October 2023.

        The harbour terminal was approved on 5 March 2024. Talks on the embargo first began in the 1990s.
        """,
        "delta.txt": """
        The railway across the mountains was first proposed in the
        early years of the century, but the money never arrived and the
        plans were shelved until the new government took office and
        announced that construction would begin within a year. Engineers
        have since surveyed the route twice, and the first contracts for
        tunnels and bridges were signed last spring.
        """,
    ]

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ui-\(UUID().uuidString)")
        root = base.appendingPathComponent("fixture")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, text) in Self.files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        corpus = try CorpusOpener(root: root, indexURL: base.appendingPathComponent("index.sqlite")).open().corpus
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }
}
