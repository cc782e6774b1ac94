/// One correction a user makes to the entities, as it is written into `dossier.toml`.
public enum EntityCorrection: Sendable, Equatable {
    /// Folds the first entity into the second.
    case merge(String, into: String)
    case rename(String, to: String)
    case retype(String, as: EntityType)
    case ignore(String)
    /// The name, wherever it occurs, means the entity.
    case alias(String, of: String)

    public var section: EntityOverrides.Section {
        switch self {
        case .merge: return .merge
        case .rename: return .rename
        case .retype: return .retype
        case .ignore: return .ignore
        case .alias: return .aliases
        }
    }

    /// The entry's key: the entity or name it corrects.
    public var key: String {
        switch self {
        case .merge(let name, _), .rename(let name, _), .retype(let name, _), .ignore(let name), .alias(let name, _): return name
        }
    }

    /// The entry's value as TOML.
    public var valueLiteral: String {
        switch self {
        case .merge(_, let target), .rename(_, let target), .alias(_, let target): return TOMLTableEditor.quoted(target)
        case .retype(_, let type): return TOMLTableEditor.quoted(type.rawValue)
        case .ignore: return "true"
        }
    }

    /// Whether the corrections read back from the file hold this one.
    func isHeld(by overrides: EntityOverrides) -> Bool {
        switch self {
        case .merge(let name, let target): return overrides.merges[name] == target
        case .rename(let name, let target): return overrides.renames[name] == target
        case .retype(let name, let type): return overrides.retypes[name] == type
        case .ignore(let name): return overrides.ignored.contains(name)
        case .alias(let name, let target): return overrides.aliases[name] == target
        }
    }
}
