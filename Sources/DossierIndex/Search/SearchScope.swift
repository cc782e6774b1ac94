import GRDB

/// Which sentences a search may return, from its filters: `doc:` narrows the documents,
/// `entity:` and `type:` the sentences to those that mention such an entity, `after:` and
/// `before:` to those that mention a date in the span (or, mentioning none, whose document is
/// dated in it). Each filter becomes
/// an SQL condition on the sentence `s`, so that SQLite applies them while it reads the matches.
struct SearchScope {
    /// Conditions on `s`, all of which must hold, and their arguments in order.
    private(set) var conditions: [String] = []
    private(set) var arguments: [any DatabaseValueConvertible] = []
    /// A filter matched nothing, so no sentence can match.
    private(set) var isEmpty = false
    /// Some filter names entities or dates, so sentences may be listed without any word to match.
    private(set) var selectsSentences = false
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
        try addDateFilters(filters.filter { ($0.field == .after || $0.field == .before) && !$0.value.isEmpty }, corpus: corpus, notes: &notes)
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
            add("s.documentId IN (SELECT value FROM json_each(?))", JSONArray.of(included.subtracting(excluded)))
        } else if !excluded.isEmpty {
            add("s.documentId NOT IN (SELECT value FROM json_each(?))", JSONArray.of(excluded))
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
            let ids = JSONArray.of(matches.map(\.id))
            let mentioning = "SELECT m.sentenceId FROM mention m JOIN entityKey k ON k.key = m.key WHERE k.entityId IN (SELECT value FROM json_each(?))"
            if filter.isNegated {
                add("s.id NOT IN (\(mentioning))", ids)
            } else {
                if matches.isEmpty { isEmpty = true }
                add("s.id IN (\(mentioning))", ids)
                highlighted.formUnion(matches.map(\.id))
                selectsSentences = true
            }
        }
        if !highlighted.isEmpty {
            highlightCondition = "m.key IN (SELECT key FROM entityKey WHERE entityId IN (SELECT value FROM json_each(?)))"
            highlightArguments = [JSONArray.of(highlighted)]
        }
        guard !entityFilters.contains(where: { !$0.isNegated }) else { return }
        let ofType = "SELECT m.sentenceId FROM mention m JOIN entityKey k ON k.key = m.key JOIN entity e ON e.id = k.entityId WHERE e.type IN (SELECT value FROM json_each(?))"
        if !types.isEmpty {
            add("s.id IN (\(ofType))", JSONArray.of(types.map(\.rawValue)))
            highlightCondition = "m.key IN (SELECT k.key FROM entityKey k JOIN entity e ON e.id = k.entityId WHERE e.type IN (SELECT value FROM json_each(?)))"
            highlightArguments = [JSONArray.of(types.map(\.rawValue))]
            selectsSentences = true
        }
        if !excludedTypes.isEmpty { add("s.id NOT IN (\(ofType))", JSONArray.of(excludedTypes.map(\.rawValue))) }
    }

    /// `after:X` keeps dates that begin once X is over, `before:X` those over before X begins; together
    /// they bound one span, which a sentence's own date must lie in.
    private mutating func addDateFilters(_ filters: [QueryFilter], corpus: Corpus, notes: inout [String]) throws {
        var (earliest, latest) = (Int.min, Int.max)
        var isBounded = false
        for filter in filters {
            guard !filter.isNegated else {
                notes.append("-\(filter.field.rawValue): cannot be negated; use \(filter.field == .after ? "before" : "after"):\(filter.value) instead")
                continue
            }
            guard let date = DateSpan.date(filter.value) else {
                notes.append("\(filter.field.rawValue):\(filter.value) is not a date; write it as 2023, 2023-10 or 2023-10-07")
                continue
            }
            if filter.field == .after { earliest = max(earliest, date.lastDay + 1) } else { latest = min(latest, date.firstDay - 1) }
            isBounded = true
        }
        guard isBounded else { return }
        guard earliest <= latest else {
            notes.append("No date is both after and before the dates given")
            isEmpty = true
            return
        }
        let span = earliest...latest
        let datedDocuments = try corpus.documents().filter { document in
            document.date.flatMap { TimexValue($0) }.map { span.contains($0.firstDay) && span.contains($0.lastDay) } ?? false
        }
        conditions.append("""
            (s.id IN (SELECT sentenceId FROM timex WHERE firstDay >= ? AND lastDay <= ?)
             OR (s.id NOT IN (SELECT sentenceId FROM timex) AND s.documentId IN (SELECT value FROM json_each(?))))
            """)
        arguments += [span.lowerBound, span.upperBound, JSONArray.of(datedDocuments.map(\.id))]
        selectsSentences = true
    }

    private mutating func add(_ condition: String, _ argument: any DatabaseValueConvertible) {
        conditions.append(condition)
        arguments.append(argument)
    }
}
