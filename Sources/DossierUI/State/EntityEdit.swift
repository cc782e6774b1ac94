import DossierIndex

/// A correction being typed for the selected entity: what kind, and the text so far.
public struct EntityEdit: Sendable, Equatable {
    /// The corrections the sidebar offers, each with its key.
    public enum Kind: Sendable, Equatable {
        case merge, rename, retype, ignore
        /// Renaming to `newName` would give the entity the name of `into`: merge them, or rename anyway?
        case mergeOrRename(into: String, newName: String)
    }

    public var kind: Kind
    public var entity: EntitySummary
    public var editor: LineEditor

    public init(kind: Kind, entity: EntitySummary) {
        self.kind = kind
        self.entity = entity
        switch kind {
        case .rename: editor = LineEditor(entity.name)
        default: editor = LineEditor()
        }
    }

    /// The prompt before the text: "Merge Ibrahim Raisi into: ".
    public var label: String {
        switch kind {
        case .merge: return "Merge \(entity.name) into: "
        case .rename: return "Rename \(entity.name) to: "
        case .retype: return "Type of \(entity.name) (person, organization, place, other): "
        case .ignore: return "Ignore \(entity.name) everywhere? (y/n): "
        case let .mergeOrRename(into, _):
            return "\(into) exists: merge \(entity.name) into it? (y; n renames anyway): "
        }
    }

    /// The correction the typed text asks for, or why it cannot be made.
    public func correction() -> Result<EntityCorrection, EntityEditProblem> {
        let text = editor.text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .merge:
            guard !text.isEmpty else { return .failure(EntityEditProblem("Type the name of the entity to merge into")) }
            return .success(.merge(entity.name, into: text))
        case .rename:
            guard !text.isEmpty else { return .failure(EntityEditProblem("A name cannot be empty")) }
            guard text != entity.name else { return .failure(EntityEditProblem("That is already its name")) }
            return .success(.rename(entity.name, to: text))
        case .retype:
            guard let type = EntityType(name: text) else {
                return .failure(EntityEditProblem("Not a type: \(text); use person, organization, place or other"))
            }
            return .success(.retype(entity.name, as: type))
        case .ignore:
            guard ["y", "yes"].contains(text.lowercased()) else { return .failure(EntityEditProblem("Kept \(entity.name)")) }
            return .success(.ignore(entity.name))
        case let .mergeOrRename(into, newName):
            switch text.lowercased() {
            case "y", "yes": return .success(.merge(entity.name, into: into))
            case "n", "no": return .success(.rename(entity.name, to: newName))
            default: return .failure(EntityEditProblem("Nothing changed; y merges \(entity.name) into \(into), n renames it anyway"))
            }
        }
    }
}

/// Why a typed correction was not made, in words for the status bar.
public struct EntityEditProblem: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
