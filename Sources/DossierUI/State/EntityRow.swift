import DossierIndex

/// One row of the entity sidebar: a type's heading or an entity under it.
public enum EntityRow: Sendable, Equatable {
    case heading(EntityType, count: Int)
    case entity(EntitySummary)

    public var entity: EntitySummary? {
        if case .entity(let entity) = self { return entity }
        return nil
    }

    /// The rows for `entities`, grouped by type in a fixed order, most mentioned first in each group.
    static func rows(for entities: [EntitySummary]) -> [EntityRow] {
        let byType = Dictionary(grouping: entities, by: \.type)
        return EntityType.allCases.flatMap { type -> [EntityRow] in
            guard let members = byType[type], !members.isEmpty else { return [] }
            return [.heading(type, count: members.count)] + members.map(EntityRow.entity)
        }
    }
}
