import Foundation
import DossierIndex
@testable import DossierUI
import Testing

/// The entity sidebar through the reducer alone: listing, filtering, choosing an entity, stepping
/// through its mentions, and typing corrections.
@Suite("The entity sidebar")
struct EntitySidebarTests {
    static let raisi = EntitySummary(id: 1, name: "Ebrahim Raisi", type: .person, mentions: 3, documents: 2)
    static let putin = EntitySummary(id: 2, name: "Vladimir Putin", type: .person, mentions: 2, documents: 1)
    static let iran = EntitySummary(id: 3, name: "Iran", type: .place, mentions: 9, documents: 3)
    static let rosatom = EntitySummary(id: 4, name: "Rosatom", type: .organization, mentions: 1, documents: 1)

    /// A document of two one-sentence paragraphs, "Raisi met Putin." and "Iran and Raisi agreed."
    static func text(id: Int64) -> DocumentText {
        let summary = DocumentSummary(id: id, path: "doc\(id).txt", title: "Document \(id)", wordCount: 7, sentenceCount: 2)
        return DocumentText(summary: summary, paragraphs: [
            .init(text: "Raisi met Putin.", isHeading: false, sentences: [.init(id: id * 10, ordinal: 0, range: 0..<16)]),
            .init(text: "Iran and Raisi agreed.", isHeading: false, sentences: [.init(id: id * 10 + 1, ordinal: 1, range: 0..<22)]),
        ])
    }

    static func mention(in document: Int64, ordinal: Int, _ range: Range<Int>) -> EntityMention {
        EntityMention(documentID: document, documentPath: "doc\(document).txt", ordinal: ordinal, rangeInSentence: range,
                      originalRange: range, text: "Raisi", entityID: raisi.id, entityName: raisi.name, type: .person)
    }

    /// Raisi in documents 1 (twice) and 3 (once).
    static let chosenRaisi = ActiveEntity(
        entity: raisi, aliases: ["Raisi", "Ebrahim Raisi"], companions: [putin, iran],
        mentions: [mention(in: 1, ordinal: 0, 0..<5), mention(in: 1, ordinal: 1, 9..<14), mention(in: 3, ordinal: 0, 0..<5)],
        mentionCounts: [1: 2, 3: 1])

    /// Four documents, the first open in the reader, its entities listed, the sidebar focused.
    func state() -> AppState {
        let documents = (1...4).map { DocumentSummary(id: Int64($0), path: "doc\($0).txt", title: "Document \($0)", wordCount: 7, sentenceCount: 2) }
        var state = AppState(corpusName: "test", documents: documents, screen: Size(width: 100, height: 30))
        let effects = Reducer.reduce(&state, .documentOpened(Self.text(id: 1), focus: nil, target: nil))
        #expect(effects == [.loadEntities(.document(1)), .loadClaimMarkers(documentID: 1), .loadNotes, .loadTimeline(TimelineFilter())])
        _ = Reducer.reduce(&state, .entitiesLoaded(.document(1), [Self.iran, Self.raisi, Self.putin, Self.rosatom]))
        _ = Reducer.reduce(&state, .key(.character("3")))
        return state
    }

    @Test func listsEntitiesGroupedByTypeAndSkipsHeadings() {
        var state = state()
        #expect(state.entities.rows == [.heading(.person, count: 2), .entity(Self.raisi), .entity(Self.putin),
                                        .heading(.organization, count: 1), .entity(Self.rosatom),
                                        .heading(.place, count: 1), .entity(Self.iran)])
        #expect(state.entities.selected == Self.raisi, "the first entity, not its heading, is selected")
        _ = Reducer.reduce(&state, .key(.character("j")))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(state.entities.selected == Self.rosatom)
        _ = Reducer.reduce(&state, .key(.character("k")))
        _ = Reducer.reduce(&state, .key(.character("k")))
        _ = Reducer.reduce(&state, .key(.character("k")))
        #expect(state.entities.selected == Self.raisi)
        #expect(state.entities.cursor.top == 0, "the heading above the first entity stays in view")
    }

    @Test func gAndShiftGGoToTheFirstAndLastEntity() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("G")))
        #expect(state.entities.selected == Self.iran)
        _ = Reducer.reduce(&state, .key(.character("g")))
        #expect(state.entities.selected == Self.raisi, "g goes back over the headings to the first entity")
        #expect(state.entities.cursor.top == 0)
        _ = Reducer.reduce(&state, .key(.end))
        _ = Reducer.reduce(&state, .key(.home))
        #expect(state.entities.selected == Self.raisi)
    }

    @Test func starOpensTheOtherListAtTheTopWithTheCursorInView() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("G")))
        _ = Reducer.reduce(&state, .key(.character("*")))
        let corpus = (1...40).map { EntitySummary(id: Int64(100 + $0), name: "Person \($0)", type: .person, mentions: 50 - $0, documents: 1) } + [Self.iran]
        _ = Reducer.reduce(&state, .entitiesLoaded(.corpus, corpus))
        #expect(state.entities.cursor.top == 0)
        #expect(state.entities.selected?.name == "Person 1", "the first entity, not Iran far below, is selected")
        let buffer = Screen.render(state)
        let sidebar = state.layout.entities
        #expect(buffer.styleLine(sidebar.y + 2).dropFirst(sidebar.x + 1).hasPrefix("sssss"), "the selection is drawn on the first entity")
    }

    @Test func tabCompletesTheNameToMergeIntoAndStepsThroughTheNames() throws {
        var harness = try ScreenHarness()
        harness.press("3m")
        let merged = try #require(harness.state.entities.edit?.entity.name)
        harness.press("bla<Tab>")
        #expect(harness.state.entities.edit?.editor.text == "Black Sea")
        harness.press("<C-u><Tab>")
        let names = try #require(harness.state.entities.edit?.completions.candidates)
        #expect(names.count > 2 && !names.contains(merged), "an empty name offers the corpus's entities but the one merged")
        #expect(harness.state.entities.edit?.editor.text == names[0])
        harness.press("<Tab>")
        #expect(harness.state.entities.edit?.editor.text == names[1], "Tab again steps to the next name")
        #expect(PromptLine(state: harness.state).tally.hasPrefix("2/\(names.count) · Tab next: \(names[2])"))
        harness.press("<S-Tab><Enter>")
        #expect(harness.state.message?.text.hasPrefix("Merged \(merged) into \(names[0])") == true)
    }

    @Test func starTogglesTheCorpusAndStaleListsAreIgnored() {
        var state = state()
        #expect(Reducer.reduce(&state, .key(.character("*"))) == [.loadEntities(.corpus)])
        _ = Reducer.reduce(&state, .entitiesLoaded(.document(1), [Self.rosatom]))
        #expect(state.entities.rows.count == 7, "a list for the document came after the switch to the corpus")
        _ = Reducer.reduce(&state, .entitiesLoaded(.corpus, [Self.iran]))
        #expect(state.entities.rows == [.heading(.place, count: 1), .entity(Self.iran)])
        #expect(Reducer.reduce(&state, .key(.character("*"))) == [.loadEntities(.document(1))])
    }

    @Test func slashFiltersAsYouTypeEnterKeepsEscapeClears() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("/")))
        #expect(state.isTyping)
        for character in "ai" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(state.entities.rows.compactMap(\.entity) == [Self.raisi], "“ai” is in Ebrahim Raisi only")
        _ = Reducer.reduce(&state, .key(.control("u")))
        #expect(state.entities.rows.compactMap(\.entity).count == 4)
        for character in "ro" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        #expect(!state.isTyping)
        #expect(state.entities.rows.compactMap(\.entity) == [Self.rosatom])
        _ = Reducer.reduce(&state, .key(.character("/")))
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state.entities.rows.compactMap(\.entity).count == 4)
    }

    @Test func choosingAnEntityNarrowsTheDocumentsAndMarksItsMentions() {
        var state = state()
        #expect(Reducer.reduce(&state, .key(.enter)) == [.loadEntity(Self.raisi)])
        _ = Reducer.reduce(&state, .entityLoaded(Self.chosenRaisi))
        #expect(state.visibleDocuments.map(\.id) == [1, 3])
        #expect(state.reader.marks == [0: [0..<5], 1: [9..<14]])
        #expect(DocumentListPane(state: state).title(count: 2) == "Ebrahim Raisi in 2 of 4")
        let status = StatusBar.describe(Self.chosenRaisi, in: 1)
        #expect(status == "Ebrahim Raisi · 2 here of 3 · 2 documents · also Raisi · with Vladimir Putin, Iran")
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state.entities.active == nil)
        #expect(state.visibleDocuments.count == 4)
        #expect(state.reader.marks.isEmpty)
    }

    @Test func nAndShiftNStepThroughMentionsAcrossDocuments() {
        var state = state()
        _ = Reducer.reduce(&state, .entityLoaded(Self.chosenRaisi))
        #expect(Reducer.reduce(&state, .key(.character("n"))).isEmpty)
        #expect(state.entities.active?.current == 0)
        #expect(state.reader.currentMark == ReaderMark(paragraph: 0, ranges: [0..<5]))
        _ = Reducer.reduce(&state, .key(.character("n")))
        #expect(state.reader.currentMark == ReaderMark(paragraph: 1, ranges: [9..<14]))
        #expect(Reducer.reduce(&state, .key(.character("n"))) == [.openDocument(3, focus: .reader)])
        _ = Reducer.reduce(&state, .documentOpened(Self.text(id: 3), focus: .reader, target: nil))
        #expect(state.reader.currentMark == ReaderMark(paragraph: 0, ranges: [0..<5]))
        #expect(Reducer.reduce(&state, .key(.character("n"))) == [.openDocument(1, focus: .reader)])
        #expect(state.message?.text == "Past the last mention; back to the first")
        _ = Reducer.reduce(&state, .documentOpened(Self.text(id: 1), focus: .reader, target: nil))
        #expect(Reducer.reduce(&state, .key(.character("N"))) == [.openDocument(3, focus: .reader)])
    }

    @Test func correctionsAreTypedThenSent() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("m")))
        #expect(PromptLine(state: state).label == "Merge Ebrahim Raisi into: ")
        for character in "Ibrahim Raisi" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.correctEntity(.merge("Ebrahim Raisi", into: "Ibrahim Raisi"))])

        _ = Reducer.reduce(&state, .key(.character("r")))
        #expect(state.typingEditor.text == "Ebrahim Raisi", "renaming starts from the current name")
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "President Raisi" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.correctEntity(.rename("Ebrahim Raisi", to: "President Raisi"))])

        _ = Reducer.reduce(&state, .key(.character("t")))
        for character in "planet" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.message?.text.hasPrefix("Not a type: planet") == true)
        _ = Reducer.reduce(&state, .key(.character("t")))
        for character in "org" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.correctEntity(.retype("Ebrahim Raisi", as: .organization))])

        // Ignoring is a yes/no question: one key answers it, without Enter.
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(state.confirmation?.question == "Ignore Ebrahim Raisi everywhere?")
        #expect(Reducer.reduce(&state, .key(.character("q"))).isEmpty && state.isRunning, "other keys wait for the answer")
        #expect(Reducer.reduce(&state, .key(.character("n"))).isEmpty)
        #expect(state.confirmation == nil && state.message?.text == "Kept Ebrahim Raisi")
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(Reducer.reduce(&state, .key(.character("y"))) == [.correctEntity(.ignore("Ebrahim Raisi"))])

        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(Reducer.reduce(&state, .key(.escape)).isEmpty)
        #expect(state.confirmation == nil && !state.isTyping)
    }

    @Test func aCorrectionReloadsTheListAndDropsTheChosenEntity() {
        var state = state()
        _ = Reducer.reduce(&state, .entityLoaded(Self.chosenRaisi))
        let effects = Reducer.reduce(&state, .entitiesCorrected(message: "Renamed", notes: ["[entities.merge] \"X\": no entity of that name"]))
        #expect(effects == [.loadEntities(.document(1)), .loadClaimMarkers(documentID: 1)])
        #expect(state.entities.active == nil)
        #expect(state.visibleDocuments.count == 4)
        #expect(state.message?.kind == .warning, "a correction that named nothing is worth a warning")
    }

    @Test func committingASearchReplacesTheChosenEntity() {
        var state = state()
        _ = Reducer.reduce(&state, .entityLoaded(Self.chosenRaisi))
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character("/")))
        for character in "raisi" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        #expect(state.entities.active == nil)
        #expect(state.search.active != nil)
        #expect(state.visibleDocuments.count == 4)
    }

    /// Renaming an entity to another's name asks whether they are one; y merges, n renames anyway.
    @Test func renamingToAnotherEntitysNameAsksWhetherToMerge() throws {
        var harness = try ScreenHarness()
        harness.press("3")
        #expect(harness.state.entities.selected?.name == "Vienna")
        harness.press("r<C-u>Tbilisi<Enter>")
        #expect(harness.state.confirmation?.question == "Tbilisi exists: merge Vienna into it?")
        #expect(harness.screen.contains("Tbilisi exists: merge Vienna into it?"))
        #expect(harness.screen.contains("y yes  n rename anyway  Esc cancel"))
        let settings = harness.fixture.root.appendingPathComponent("dossier.toml")
        #expect(!FileManager.default.fileExists(atPath: settings.path), "nothing is written before the answer")
        harness.press("y")
        #expect(try String(contentsOf: settings, encoding: .utf8).contains("[entities.merge]\n\"Vienna\" = \"Tbilisi\""))
        #expect(harness.state.message?.text.hasPrefix("Merged Vienna into Tbilisi") == true)
        harness.press("r<C-u>Black Sea<Enter>")
        #expect(harness.state.confirmation?.question.hasPrefix("Black Sea exists: merge") == true)
        harness.press("n")
        #expect(try String(contentsOf: settings, encoding: .utf8).contains("[entities.rename]\n"), "n renames anyway")
    }
}
