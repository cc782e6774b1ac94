import Foundation
import Testing
@testable import DossierIndex

/// Mistakes in a real dossier.toml get a clear answer that names the line: impossible dates, dates
/// for documents the corpus does not have, and renames that give two entities one name.
@Suite("dossier.toml mistakes")
struct DossierTomlValidationTests {
    static let text = "Vladimir Putin met Ebrahim Raisi in Tehran. Putin said the talks went well. Raisi agreed."

    @Test(arguments: ["2023-13-45", "99999-01-01", "2023-02-30", "2023-00"])
    func anImpossibleDateIsNamedWithItsLine(_ date: String) throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        try corpus.write("dossier.toml", "# dates\n[documents.\"a.txt\"]\n\ndate = \"\(date)\"\n")
        let opened = try corpus.open()
        let notice = try #require(opened.notices.first { $0.contains("dossier.toml") })
        #expect(notice.contains("/dossier.toml:4: [documents.\"a.txt\"] date must be a real date"), "\(notice)")
        #expect(try opened.corpus.documents().first?.date != date)
    }

    @Test func aDateForADocumentThatDoesNotExistIsNamedWithItsLine() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        try corpus.write("dossier.toml", "[documents.\"a.txt\"]\ndate = \"2024-02-29\"\n[documents.\"b.txt\"]\ndate = \"2024-03-01\"\n")
        let opened = try corpus.open()
        #expect(opened.notices.contains("dossier.toml:4: [documents.\"b.txt\"] names no document of the corpus; its date is not used"))
        #expect(try opened.corpus.documents().first?.date == "2024-02-29", "the other dates still hold")
    }

    @Test func renamingTwoEntitiesToOneNameSaysHowToMergeThem() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        try corpus.write("dossier.toml", "[entities.rename]\n\"Vladimir Putin\" = \"The Leader\"\n\"Ebrahim Raisi\" = \"The Leader\"\n")
        let opened = try corpus.open()
        #expect(opened.notices.contains {
            $0.contains("[entities.rename] \"Ebrahim Raisi\": another entity is also called \"The Leader\"")
                && $0.contains("(\"Ebrahim Raisi\" = \"Vladimir Putin\")")
        }, "\(opened.notices)")
        try corpus.write("dossier.toml", "[entities.rename]\n\"Vladimir Putin\" = \"The Leader\"\n\"Ebrahim Raisi\" = \"The Leader\"\n"
                         + "[entities.merge]\n\"Ebrahim Raisi\" = \"Vladimir Putin\"\n")
        let merged = try corpus.open()
        #expect(!merged.notices.contains { $0.contains("another entity is also called") })
        #expect(try merged.corpus.entities(inDocument: nil).filter { $0.name == "The Leader" }.count == 1)
    }

    /// Found by `make fuzz`: toml++ stopped the program on a table header starting with anything but a
    /// bare-key character or a quote.
    @Test func aTableHeaderStartingWithAnOddCharacterIsAMistakeNotACrash() throws {
        let corpus = try TemporaryCorpus(files: ["a.txt": Self.text])
        for header in ["[°\"b.txt\"]", "[[ é ]]", "[= \"x\"]", "[", "[\r\r]", "\u{2003}[\u{FF}]"] {
            try corpus.write("dossier.toml", "[documents.\"a.txt\"]\ndate = \"2024-02-29\"\n\(header)\n")
            let opened = try corpus.open()
            #expect(opened.notices.contains { $0.contains("/dossier.toml:3: a table name must start with a letter, a digit, _, - or a quote") },
                    "\(opened.notices)")
        }
    }
}
