import Foundation

/// Scores cross-references against judged pairs (`Tests/Evaluation/xrefs/README.md`): a link
/// matches a pair when its two sentences overlap the pair's two, one on each side, in either
/// order; a link between copy groups stands for every member of each.
public struct CrossReferenceEvaluation: Sendable {
    /// One side of a judged pair or of a link: a file and a code-point range in it.
    public struct Span: Sendable, Codable, Hashable {
        public var doc: String
        public var start: Int
        public var end: Int

        public init(doc: String, start: Int, end: Int) {
            self.doc = doc
            self.start = start
            self.end = end
        }

        func overlaps(_ other: Span) -> Bool {
            doc == other.doc && start < other.end && other.start < end
        }
    }

    /// A judged pair: `relation` is agree, conflict, related, none or copy.
    public struct Pair: Sendable, Codable {
        public var id: String
        public var relation: String
        public var kind: String?
        public var a: Span
        public var b: Span
    }

    /// The gold file: `{"pairs": [...]}`.
    public struct GoldFile: Sendable, Codable {
        public var pairs: [Pair]
    }

    /// A system link with every sentence each side stands for.
    public struct Link: Sendable {
        public var relation: ClaimRelation
        public var first: [Span]
        public var second: [Span]

        public init(relation: ClaimRelation, first: [Span], second: [Span]) {
            self.relation = relation
            self.first = first
            self.second = second
        }

        func matches(_ pair: Pair) -> Bool {
            let (a, b) = (first.contains { $0.overlaps(pair.a) }, second.contains { $0.overlaps(pair.b) })
            return (a && b) || (first.contains { $0.overlaps(pair.b) } && second.contains { $0.overlaps(pair.a) })
        }
    }

    /// A count out of a total.
    public struct Ratio: Sendable, CustomStringConvertible {
        public var hits = 0
        public var total = 0

        public var value: Double? { total == 0 ? nil : Double(hits) / Double(total) }
        public var description: String { value.map { String(format: "%.2f (%d/%d)", $0, hits, total) } ?? "– (0/0)" }
    }

    public var agreePrecision = Ratio()
    public var conflictPrecision = Ratio()
    /// Judged agree and conflict pairs matched by an agree or conflict link.
    public var sameFactRecall = Ratio()
    /// The same with the link's relation equal to the judged one.
    public var strictRecall = Ratio()
    public var agreeRecall = Ratio()
    public var conflictRecall = Ratio()
    /// `none` pairs matched by any link, by trap kind; should be zero.
    public var mustNotLink: [String: Ratio] = [:]
    /// `copy` pairs with no agree or conflict link.
    public var copiesFolded = Ratio()
    /// Lines saying which pairs went wrong, for `--verbose`.
    public var mistakes: [String] = []

    public init(gold: [Pair], links: [Link]) {
        var linksByDocument: [String: [Int]] = [:]
        for (index, link) in links.enumerated() {
            for doc in Set(link.first.map(\.doc)) { linksByDocument[doc, default: []].append(index) }
        }
        var matchedByLink = [Set<String>](repeating: [], count: links.count)
        for pair in gold {
            let candidates = Set((linksByDocument[pair.a.doc] ?? []) + (linksByDocument[pair.b.doc] ?? []))
            let matching = candidates.sorted().filter { links[$0].matches(pair) }
            for index in matching { matchedByLink[index].insert(pair.relation) }
            let relations = Set(matching.map { links[$0].relation })
            let factual = relations.contains(.agree) || relations.contains(.conflict)
            switch pair.relation {
            case "agree", "conflict":
                sameFactRecall.total += 1
                strictRecall.total += 1
                if factual { sameFactRecall.hits += 1 }
                if relations.contains(ClaimRelation(rawValue: pair.relation)!) { strictRecall.hits += 1 }
                if pair.relation == "agree" {
                    agreeRecall.total += 1
                    if relations.contains(.agree) { agreeRecall.hits += 1 }
                } else {
                    conflictRecall.total += 1
                    if relations.contains(.conflict) { conflictRecall.hits += 1 }
                }
                if !relations.contains(ClaimRelation(rawValue: pair.relation)!) {
                    mistakes.append("missed \(pair.relation) \(pair.id) (found: \(relations.map(\.rawValue).sorted().joined(separator: ",")))")
                }
            case "none":
                let kind = pair.kind ?? "unknown"
                mustNotLink[kind, default: Ratio()].total += 1
                if !relations.isEmpty {
                    mustNotLink[kind, default: Ratio()].hits += 1
                    mistakes.append("linked none/\(kind) \(pair.id) as \(relations.map(\.rawValue).sorted().joined(separator: ","))")
                }
            case "copy":
                copiesFolded.total += 1
                if !factual { copiesFolded.hits += 1 } else { mistakes.append("linked copy \(pair.id)") }
            default:
                if factual { mistakes.append("linked related \(pair.id) as \(relations.map(\.rawValue).sorted().joined(separator: ","))") }
            }
        }
        for (link, judged) in zip(links, matchedByLink) where !judged.isEmpty {
            switch link.relation {
            case .agree:
                agreePrecision.total += 1
                if judged.contains("agree") { agreePrecision.hits += 1 }
            case .conflict:
                conflictPrecision.total += 1
                if judged.contains("conflict") { conflictPrecision.hits += 1 }
            case .related:
                break
            }
        }
    }

    /// The figures, one a line.
    public var summary: String {
        var lines = [
            "agree precision     \(agreePrecision)",
            "conflict precision  \(conflictPrecision)",
            "same-fact recall    \(sameFactRecall)",
            "  strict            \(strictRecall)",
            "  agree recall      \(agreeRecall)",
            "  conflict recall   \(conflictRecall)",
            "copies folded       \(copiesFolded)",
        ]
        for (kind, ratio) in mustNotLink.sorted(by: { $0.key < $1.key }) { lines.append("must not link: \(kind.padding(toLength: 14, withPad: " ", startingAt: 0)) linked \(ratio)") }
        return lines.joined(separator: "\n")
    }
}
