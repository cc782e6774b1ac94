import Foundation
import Testing
@testable import DossierIndex

@Suite("Entity corrections in dossier.toml")
struct EntityOverridesTests {
    @Test func readsEveryKindOfCorrection() throws {
        let overrides = try EntityOverrides(toml: """
            [entities.merge]
            "Ibrahim Raisi" = "Ebrahim Raisi"
            [entities.rename]
            Rosatom = "Rosatom State Corporation"
            [entities.retype]
            "Rosatom" = "org"
            [entities.ignore]
            "Reuters" = true
            "Keep Me" = false
            [entities.aliases]
            "the Supreme Leader" = "Ali Khamenei"
            """)
        #expect(overrides.merges == ["Ibrahim Raisi": "Ebrahim Raisi"])
        #expect(overrides.renames == ["Rosatom": "Rosatom State Corporation"])
        #expect(overrides.retypes == ["Rosatom": .organization])
        #expect(overrides.ignored == ["Reuters"])
        #expect(overrides.aliases == ["the Supreme Leader": "Ali Khamenei"])
        #expect(!overrides.digest.isEmpty)
        #expect(EntityOverrides().digest.isEmpty)
    }

    @Test(arguments: [
        ("[entities.merge\n", "dossier.toml:1"),
        ("[entities.join]\n\"a\" = \"b\"\n", "unknown [entities.join]"),
        ("[entities.retype]\n\"a\" = \"planet\"\n", "must be one of"),
        ("[entities.ignore]\n\"a\" = \"yes\"\n", "must be true or false"),
        ("[entities.merge]\n\"a\" = \"  \"\n", "must name an entity"),
        ("entities = 3\n", "must be a table"),
    ])
    func explainsWhatIsWrong(text: String, expected: String) {
        #expect(throws: EntityOverridesError.self) { try EntityOverrides(toml: text) }
        do {
            _ = try EntityOverrides(toml: text)
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func otherSectionsAreLeftToOthers() throws {
        #expect(try EntityOverrides(toml: "[theme]\nname = \"dark\"\n").isEmpty)
    }

    @Test func editingKeepsTheFileAndRefusesWhatItCannotEditSafely() throws {
        let corpus = try TemporaryCorpus()
        let file = CorpusSettingsFile(corpusRoot: corpus.root)
        try file.apply(.ignore("Reuters"))
        try file.apply(.merge("Ibrahim Raisi", into: "Ebrahim Raisi"))
        #expect(try file.entityOverrides().ignored == ["Reuters"])
        #expect(try file.entityOverrides().merges == ["Ibrahim Raisi": "Ebrahim Raisi"])

        let broken = "# mine\n[entities.merge\n"
        try corpus.write(CorpusSettingsFile.fileName, broken)
        #expect(throws: EntityOverridesError.self) { try file.apply(.ignore("AP")) }
        #expect(try String(contentsOf: file.url, encoding: .utf8) == broken, "a file that does not parse is never touched")

        let inline = "[entities]\nmerge = { \"A\" = \"B\" }\n"
        try corpus.write(CorpusSettingsFile.fileName, inline)
        do {
            try file.apply(.merge("C", into: "D"))
            Issue.record("an inline table cannot take a [entities.merge] section; the edit must be refused")
        } catch {
            #expect(error.description.contains("by hand"))
        }
        #expect(try String(contentsOf: file.url, encoding: .utf8) == inline)
    }
}
