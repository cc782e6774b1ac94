import Testing
@testable import DossierIndex

@Suite("Dates far from their folder's")
struct FolderDatingTests {
    private func folder(_ name: String, _ years: [Int], inferred: Bool = true) -> [FolderDating.Dated] {
        years.enumerated().map { FolderDating.Dated(path: "\(name)/\($0.offset).txt", year: $0.element, isInferred: inferred) }
    }

    @Test func anInferredDateDecadesFromItsFolderIsDropped() {
        let documents = folder("news", [2004, 2004, 2005, 2004, 2003, 2005, 2004, 1997, 2001, 2015])
        #expect(FolderDating.outliers(documents) == ["news/7.txt", "news/8.txt", "news/9.txt"])
    }

    @Test func aDeclaredDateIsNeverOverruled() {
        let documents = folder("news", [2004, 2004, 2005, 2004, 2003]) + [FolderDating.Dated(path: "news/old.txt", year: 1957, isInferred: false)]
        #expect(FolderDating.outliers(documents).isEmpty)
    }

    @Test func aFolderSpanningDecadesKeepsThemAll() {
        let documents = folder("reports", [1990, 1994, 1998, 2002, 2006, 2010, 2014, 2018, 2022])
        #expect(FolderDating.outliers(documents).isEmpty)
    }

    @Test func aSmallFolderIsNotJudged() {
        #expect(FolderDating.outliers(folder("few", [2004, 2004, 1950])).isEmpty)
    }

    @Test func foldersAreJudgedApart() {
        let documents = folder("a", [2004, 2004, 2004, 2004, 2004]) + folder("b", [1960, 1961, 1960, 1961, 1960])
        #expect(FolderDating.outliers(documents).isEmpty)
    }
}

@Suite("A folder's period")
struct FolderPeriodTests {
    @Test func theDensestThreeYearsHoldingHalfTheDatesAreThePeriod() {
        #expect(FolderDating.period(of: [1997, 2001, 2002, 2002, 2003, 2004, 2004, 2004, 2004, 2005, 2005]) == 2003...2005)
        #expect(FolderDating.period(of: [2004, 2004, 2004, 2004, 2004]) == 2003...2005)
    }

    @Test func aFolderSpreadOverDecadesHasNoPeriod() {
        #expect(FolderDating.period(of: [1990, 1994, 1998, 2002, 2006, 2010, 2014]) == nil)
    }
}
