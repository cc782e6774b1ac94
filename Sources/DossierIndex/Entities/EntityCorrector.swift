/// Applies the user's corrections from `dossier.toml` to the entities the resolver made: aliases
/// first, then merges, retypes, renames, and last what to ignore.
///
/// An entry names an entity by its name, any of its mention keys, or the name a rename gave it,
/// so corrections keep working when resolving groups names differently after the corpus changes.
/// A name the resolver left out (untyped, too little evidence) becomes an entity when an entry names it.
struct EntityCorrector {
    let overrides: EntityOverrides

    /// The corrected entities and a note for each entry that named nothing.
    struct Outcome {
        var entities: [EntityResolver.Entity]
        var notes: [String]
    }

    func apply(to entities: [EntityResolver.Entity], summaries: [EntityResolver.KeySummary]) -> Outcome {
        var work = Workspace(entities: entities, summaries: summaries, renames: overrides.renames)
        for (surface, target) in overrides.aliases.sorted(by: { $0.key < $1.key }) {
            guard let index = work.lookup(target) else { work.note(.aliases, surface, "no entity named \"\(target)\""); continue }
            let key = NameKey.of(surface)
            if work.summaryByKey[key] == nil { work.note(.aliases, surface, "the name does not occur in the corpus") }
            work.give(key, to: index)
        }
        for (name, target) in overrides.merges.sorted(by: { $0.key < $1.key }) {
            guard let from = work.lookup(name) else { work.note(.merge, name, "no entity of that name"); continue }
            guard let into = work.lookup(target) else { work.note(.merge, name, "no entity named \"\(target)\""); continue }
            work.merge(from, into: into)
        }
        for (name, type) in overrides.retypes.sorted(by: { $0.key < $1.key }) {
            guard let index = work.lookup(name) else { work.note(.retype, name, "no entity of that name"); continue }
            work.entities[index]?.type = type
        }
        var renamed: [(name: String, index: Int)] = []
        for (name, newName) in overrides.renames.sorted(by: { $0.key < $1.key }) {
            guard let index = work.lookup(name) else { work.note(.rename, name, "no entity of that name"); continue }
            work.entities[index]?.name = newName
            renamed.append((name, index))
        }
        work.noteNamesShared(after: renamed)
        for name in overrides.ignored.sorted() {
            guard let index = work.lookup(name) else { work.note(.ignore, name, "no entity of that name"); continue }
            work.entities[index] = nil
        }
        return Outcome(entities: work.entities.compactMap { $0 }.filter { !$0.keys.isEmpty }, notes: work.notes)
    }

    /// The entities while corrections are applied, with indexes to find them by name.
    private struct Workspace {
        var entities: [EntityResolver.Entity?]
        var owner: [String: Int] = [:]
        var byName: [String: Int] = [:]
        let summaryByKey: [String: EntityResolver.KeySummary]
        let renamedFrom: [String: String]
        var notes: [String] = []

        init(entities: [EntityResolver.Entity], summaries: [EntityResolver.KeySummary], renames: [String: String]) {
            self.entities = entities
            summaryByKey = Dictionary(summaries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            renamedFrom = Dictionary(renames.map { (NameKey.of($0.value), $0.key) }, uniquingKeysWith: { first, _ in first })
            for (index, entity) in entities.enumerated() {
                for key in entity.keys { owner[key] = index }
                byName[NameKey.of(entity.name)] = byName[NameKey.of(entity.name)] ?? index
            }
        }

        /// The entity a correction means by `name`, made from the name's mentions if no entity has it yet.
        mutating func lookup(_ name: String, followingRenames: Bool = true) -> Int? {
            let key = NameKey.of(name)
            if let index = owner[key] ?? byName[key], entities[index] != nil { return index }
            if followingRenames, let original = renamedFrom[key], let index = lookup(original, followingRenames: false) { return index }
            guard let summary = summaryByKey[key] else { return nil }
            entities.append(EntityResolver.Entity(name: EntityResolver.name(of: [summary]), type: summary.votedType ?? .other, keys: [key]))
            owner[key] = entities.count - 1
            return entities.count - 1
        }

        /// Moves one mention key to an entity, leaving behind an entity with no keys left.
        mutating func give(_ key: String, to index: Int) {
            if let previous = owner[key], previous != index {
                entities[previous]?.keys.remove(key)
                if entities[previous]?.keys.isEmpty == true { entities[previous] = nil }
            }
            entities[index]?.keys.insert(key)
            owner[key] = index
        }

        mutating func merge(_ from: Int, into: Int) {
            guard from != into, let source = entities[from] else { return }
            for key in source.keys { give(key, to: into) }
            entities[from] = nil
            byName[NameKey.of(source.name)] = into
        }

        /// A rename that gave an entity another's name leaves two entities the reader cannot tell
        /// apart: say so, and how to merge them if they are one.
        mutating func noteNamesShared(after renamed: [(name: String, index: Int)]) {
            guard !renamed.isEmpty else { return }
            var byName: [String: [Int]] = [:]
            for (index, entity) in entities.enumerated() {
                guard let entity else { continue }
                byName[NameKey.of(entity.name), default: []].append(index)
            }
            let originalNames = Dictionary(renamed.map { ($0.index, $0.name) }, uniquingKeysWith: { first, _ in first })
            for (name, index) in renamed {
                guard let newName = entities[index]?.name, let other = byName[NameKey.of(newName)]?.first(where: { $0 != index }) else { continue }
                // Merged under the other's name as the file knows it, which finds it whether or not it was renamed too.
                let target = originalNames[other] ?? newName
                note(.rename, name, "another entity is also called \"\(newName)\"; if they are one, merge them under [entities.merge] "
                     + "(\(TOMLTableEditor.quoted(name)) = \(TOMLTableEditor.quoted(target))), else give one another name")
            }
        }

        mutating func note(_ section: EntityOverrides.Section, _ name: String, _ problem: String) {
            notes.append("[entities.\(section.rawValue)] \"\(name)\": \(problem)")
        }
    }
}
