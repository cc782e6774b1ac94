import DossierIndex

/// A correction being typed for the selected entity: what kind, and the text so far.
public struct EntityEdit: Sendable, Equatable {
    /// The corrections the sidebar offers, each with its key.
    public enum Kind: Sendable, Equatable {
        case merge, rename, retype
    }

    public var kind: Kind
    public var entity: EntitySummary
    public var editor: LineEditor
    /// The names Tab found for the text of a merge, most mentioned first.
    public var completions = Completions()

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
        }
    }

    /// Tab again: the next (`step` 1) or previous (-1) name found, while the text is the one shown.
    public mutating func stepCompletion(by step: Int) -> Bool {
        completions.step(by: step, in: &editor)
    }

    /// Takes the names found for the text `typed`, all but the entity's own, and shows the first.
    public mutating func complete(_ typed: String, with names: [String]) {
        guard kind == .merge, editor.text == typed else { return }
        completions.offer(names.filter { $0 != entity.name }, in: &editor)
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
