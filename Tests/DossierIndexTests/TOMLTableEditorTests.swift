import Foundation
import Testing
@testable import DossierIndex

@Suite("Editing dossier.toml a line at a time")
struct TOMLTableEditorTests {
    static let userFile = """
        # My corrections, with notes.
        title = "Iran and Russia"   # not Dossier's business

        [entities.merge]
        # Same man, two spellings.
        "Ibrahim Raisi" = "Ebrahim Raisi"

        [notes]
        first = "keep me"

        """

    @Test func addsToAnExistingTableAfterItsLastEntryAndKeepsEverythingElse() {
        let edited = TOMLTableEditor.setting("Teheran", to: "\"Tehran\"", inTable: "entities.merge", in: Self.userFile)
        #expect(edited == Self.userFile.replacingOccurrences(of: "\"Ibrahim Raisi\" = \"Ebrahim Raisi\"\n",
                                                             with: "\"Ibrahim Raisi\" = \"Ebrahim Raisi\"\n\"Teheran\" = \"Tehran\"\n"))
    }

    @Test func replacesTheLineOfAnEntryAlreadyThere() {
        let edited = TOMLTableEditor.setting("Ibrahim Raisi", to: "\"Raisi\"", inTable: "entities.merge", in: Self.userFile)
        #expect(edited == Self.userFile.replacingOccurrences(of: "= \"Ebrahim Raisi\"", with: "= \"Raisi\""))
    }

    @Test func appendsAMissingTableAtTheEnd() {
        let edited = TOMLTableEditor.setting("Reuters", to: "true", inTable: "entities.ignore", in: Self.userFile)
        #expect(edited == Self.userFile + "\n[entities.ignore]\n\"Reuters\" = true\n")
        #expect(TOMLTableEditor.setting("A", to: "true", inTable: "t", in: "") == "[t]\n\"A\" = true\n")
    }

    @Test func quotesKeysThatNeedIt() throws {
        let name = "Tom \"The Hammer\" O'Neil \\ Co."
        let edited = TOMLTableEditor.setting(name, to: TOMLTableEditor.quoted("x\ny"), inTable: "entities.rename", in: "")
        let overrides = try EntityOverrides(toml: edited)
        #expect(overrides.renames == [name: "x\ny"])
        #expect(TOMLTableEditor.setting(name, to: "\"z\"", inTable: "entities.rename", in: edited).components(separatedBy: "\n").count == 3,
                "setting the same key again replaces its line")
    }
}
