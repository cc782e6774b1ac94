import Foundation
import TOMLKit

/// The user's corrections to entities, read from the `[entities]` section of a corpus's
/// `dossier.toml`: every entry names entities as the sidebar shows them or by any of their names.
///
/// ```toml
/// [entities.merge]      # fold the first entity into the second
/// "Ibrahim Raisi" = "Ebrahim Raisi"
/// [entities.rename]
/// "Raisi" = "Ebrahim Raisi (president)"
/// [entities.retype]
/// "Rosatom" = "organization"
/// [entities.ignore]
/// "Reuters" = true
/// [entities.aliases]   # this name, where it occurs, means that entity
/// "the Supreme Leader" = "Ali Khamenei"
/// ```
public struct EntityOverrides: Sendable, Equatable {
    /// Sub-tables of `[entities]`, one per kind of correction.
    public enum Section: String, Sendable, CaseIterable {
        case merge, rename, retype, ignore, aliases
    }

    public var merges: [String: String] = [:]
    public var renames: [String: String] = [:]
    public var retypes: [String: EntityType] = [:]
    public var ignored: Set<String> = []
    public var aliases: [String: String] = [:]

    public init() {}

    /// Reads the `[entities]` section of a TOML document; other sections are the business of others.
    public init(toml text: String, file: String = "dossier.toml") throws(EntityOverridesError) {
        let root = try SettingsTOML.root(of: text, file: file)
        guard let value = root["entities"] else { return }
        guard let entities = value.table else {
            throw EntityOverridesError(file: file, line: nil, problem: "`entities` must be a table such as [entities.merge]")
        }
        for key in entities.keys {
            guard let section = Section(rawValue: key) else {
                throw EntityOverridesError(file: file, line: nil,
                                           problem: "unknown [entities.\(key)]; use \(Section.allCases.map { "[entities.\($0.rawValue)]" }.joined(separator: ", "))")
            }
            guard let table = entities[key]?.table else {
                throw EntityOverridesError(file: file, line: nil, problem: "[entities.\(key)] must be a table of \"name\" = value entries")
            }
            try read(table, as: section, file: file)
        }
    }

    private mutating func read(_ table: TOMLTable, as section: Section, file: String) throws(EntityOverridesError) {
        for name in table.keys {
            let value = table[name]
            let place = "[entities.\(section.rawValue)] \"\(name)\""
            switch section {
            case .ignore:
                guard let flag = value?.bool else { throw EntityOverridesError(file: file, line: nil, problem: "\(place) must be true or false") }
                if flag { ignored.insert(name) }
            case .retype:
                guard let typeName = value?.string, let type = EntityType(name: typeName) else {
                    throw EntityOverridesError(file: file, line: nil,
                                               problem: "\(place) must be one of \(EntityType.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
                }
                retypes[name] = type
            case .merge, .rename, .aliases:
                guard let target = value?.string, !target.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw EntityOverridesError(file: file, line: nil, problem: "\(place) must name an entity in quotes")
                }
                switch section {
                case .merge: merges[name] = target
                case .rename: renames[name] = target
                default: aliases[name] = target
                }
            }
        }
    }

    public var isEmpty: Bool { self == EntityOverrides() }

    /// A fingerprint of every correction, stored with the entities so that the index knows when
    /// the file changed since they were resolved.
    public var digest: String {
        let lines = merges.map { "merge\t\($0)\t\($1)" } + renames.map { "rename\t\($0)\t\($1)" }
            + retypes.map { "retype\t\($0)\t\($1.rawValue)" } + ignored.map { "ignore\t\($0)" }
            + aliases.map { "alias\t\($0)\t\($1)" }
        return isEmpty ? "" : ContentHash.of(Data(lines.sorted().joined(separator: "\n").utf8))
    }
}
