import Testing
@testable import DossierIndex

@Suite("Name keys")
struct NameKeyTests {
    @Test(arguments: [
        ("The U.S.-led  Coalition", "us led coalition"), ("the", "the"), ("Theatre Royal", "theatre royal"),
        ("O'Neill", "oneill"), ("O’Neill", "oneill"), ("- Iran -", "iran"), ("São Paulo", "sao paulo"),
        ("the Bank of England", "bank of england"), ("Ali\u{2011}Akbar", "ali akbar"),
    ])
    func keysFoldCaseMarksAndSeparators(_ name: String, key: String) {
        #expect(NameKey.of(name) == key)
    }
}
