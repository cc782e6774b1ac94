import GRDB

/// Which sentences a search may return, from its filters: `doc:` narrows the documents,
/// `entity:` and `type:` the sentences to those that mention such an entity. Each filter becomes
/// an SQL condition on the sentence `s`, so that SQLite applies them while it reads the matches.
struct SearchScope {
    /// Conditions on `s`, all of which must hold, and their arguments in order.
    private(set) var conditions: [String] = []
    private(set) var arguments: [any DatabaseValueConvertible] = []
    /// A filter matched nothing, so no sentence can match.
    private(set) var isEmpty = false
    /// Some filter names entities, so sentences may be listed without any word to match.
    private(set) var selectsMentions = false
    /// Entities whose mentions the hits highlight, as the condition a mention's key must meet.
    private(set) var highlightCondition: String?
    private(set) var highlightArguments: [any DatabaseValueConvertible] = []

    var isUnrestricted: Bool { conditions.isEmpty && !isEmpty }

    /// The `AND …` text to append to a `WHERE` clause over `s`.
    var clause: String { conditions.map { "AND \($0)" }.joined(separator: " ") }

    /// Reads the filters of a query; what they cannot select is noted for the user.
    init(filters: [QueryFilter], corpus: Corpus, notes: inout [String]) throws {
        try addDocumentFilters(filters.filter { $0.field == .doc }, corpus: corpus, notes: &notes)
        try addMentionFilters(filters, corpus: corpus, notes: &notes)
        for filter in filters where filter.field == .after || filter.field == .before {
            notes.append("\(filter.field.rawValue): filters need the timeline, which is not built yet; ignored \(filter.field.rawValue):\(filter.value)")
        }
    }

    /// Only the one document, for listing its hits.
    init(document documentID: Int64, narrowing other: SearchScope) {
        self = other
        conditions.append("s.documentId = ?")
        arguments.append(documentID)
    }

    private mutating func addDocumentFilters(_ filters: [QueryFilter], corpus: Corpus, notes: inout [String]) throws {
        var included: Set<Int64>?
        var excluded = Set<Int64>()
        for filter in filters where !filter.value.isEmpty {
            let needle = filter.value.lowercased()
            let matches = Set(try corpus.documents().filter { $0.path.lowercased().contains(needle) || $0.title.lowercased().contains(needle) }.map(\.id))
            if matches.isEmpty { notes.append("No document matches doc:\(filter.value)") }
            if filter.isNegated { excluded.formUnion(matches) } else { included = (included ?? []).union(matches) }
        }
        if let included {
            if included.subtracting(excluded).isEmpty { isEmpty = true }
            add("s.documentId IN (SELECT value FROM json_each(?))", Self.jsonArray(included.subtracting(excluded)))
        } else if !excluded.isEmpty {
            add("s.documentId NOT IN (SELECT value FROM json_each(?))", Self.jsonArray(excluded))
        }
    }

    /// `type:` filters choose which kinds of entity `entity:` means, or, alone, require a
    /// mention of any entity of those kinds.
    private mutating func addMentionFilters(_ filters: [QueryFilter], corpus: Corpus, notes: inout [String]) throws {
        var types: Set<EntityType> = []
        var excludedTypes: Set<EntityType> = []
        for filter in filters where filter.field == .type && !filter.value.isEmpty {
            guard let type = EntityType(name: filter.value) else {
                notes.append("Unknown type:\(filter.value); use person, organization, place or other")
                continue
            }
            if filter.isNegated { excludedTypes.insert(type) } else { types.insert(type) }
        }
        let entityFilters = filters.filter { $0.field == .entity && !$0.value.isEmpty }
        var highlighted = Set<Int64>()
        for filter in entityFilters {
            let matches = try corpus.entities(matching: filter.value).filter { (types.isEmpty || types.contains($0.type)) && !excludedTypes.contains($0.type) }
            if matches.isEmpty { notes.append("No entity matches entity:\(filter.value)") }
            let ids = Self.jsonArray(matches.map(\.id))
            let mentioning = "SELECT m.sentenceId FROM mention m JOIN entityKey k ON k.key = m.key WHERE k.entityId IN (SELECT value FROM json_each(?))"
            if filter.isNegated {
                add("s.id NOT IN (\(mentioning))", ids)
            } else {
                if matches.isEmpty { isEmpty = true }
                add("s.id IN (\(mentioning))", ids)
                highlighted.formUnion(matches.map(\.id))
                selectsMentions = true
            }
        }
        if !highlighted.isEmpty {
            highlightCondition = "m.key IN (SELECT key FROM entityKey WHERE entityId IN (SELECT value FROM json_each(?)))"
            highlightArguments = [Self.jsonArray(highlighted)]
        }
        guard !entityFilters.contains(where: { !$0.isNegated }) else { return }
        let ofType = "SELECT m.sentenceId FROM mention m JOIN entityKey k ON k.key = m.key JOIN entity e ON e.id = k.entityId WHERE e.type IN (SELECT value FROM json_each(?))"
        if !types.isEmpty {
            add("s.id IN (\(ofType))", Self.jsonArray(types.map(\.rawValue)))
            highlightCondition = "m.key IN (SELECT k.key FROM entityKey k JOIN entity e ON e.id = k.entityId WHERE e.type IN (SELECT value FROM json_each(?)))"
            highlightArguments = [Self.jsonArray(types.map(\.rawValue))]
            selectsMentions = true
        }
        if !excludedTypes.isEmpty { add("s.id NOT IN (\(ofType))", Self.jsonArray(excludedTypes.map(\.rawValue))) }
    }

    private mutating func add(_ condition: String, _ argument: any DatabaseValueConvertible) {
        conditions.append(condition)
        arguments.append(argument)
    }

    static func jsonArray(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    static func jsonArray(_ names: some Sequence<String>) -> String {
        "[" + names.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }
}
