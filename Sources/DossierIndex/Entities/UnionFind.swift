/// Disjoint sets of strings, for grouping names that turn out to be the same thing.
struct UnionFind {
    private var parent: [String: String] = [:]

    init(_ members: [String]) {
        for member in members { parent[member] = member }
    }

    mutating func root(of member: String) -> String {
        guard let up = parent[member] else { return member }
        if up == member { return member }
        let top = root(of: up)
        parent[member] = top
        return top
    }

    mutating func union(_ first: String, _ second: String) {
        let (a, b) = (root(of: first), root(of: second))
        guard a != b else { return }
        // The smaller name leads, so that grouping does not depend on the order of calls.
        if a < b { parent[b] = a } else { parent[a] = b }
    }

    /// Every group, each as its members.
    var groups: [[String]] {
        mutating get {
            var byRoot: [String: [String]] = [:]
            for member in parent.keys { byRoot[root(of: member), default: []].append(member) }
            return byRoot.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        }
    }
}
