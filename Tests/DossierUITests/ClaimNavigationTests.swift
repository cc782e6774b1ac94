import DossierIndex
@testable import DossierUI
import Testing

/// Claims in the reader through the reducer: `]` and `[`, the cross-reference panel, the claims
/// view, and the jump list that brings the reader back.
@Suite("Claims and jumps")
struct ClaimNavigationTests {
    static func text(id: Int64, sentences count: Int = 40) -> DocumentText {
        let summary = DocumentSummary(id: id, path: "doc\(id).txt", title: "Document \(id)", wordCount: 400, sentenceCount: count)
        let paragraphs = (0..<count).map { ordinal in
            DocumentText.Paragraph(text: "Sentence \(ordinal) of document \(id) says something long enough to fill a line or two of text.",
                                   isHeading: false, sentences: [.init(id: id * 100 + Int64(ordinal), ordinal: ordinal, range: 0..<90)])
        }
        return DocumentText(summary: summary, paragraphs: paragraphs)
    }

    static func reference(_ document: Int64, _ ordinal: Int) -> SentenceReference {
        SentenceReference(sentenceID: document * 100 + Int64(ordinal), documentID: document, documentPath: "doc\(document).txt",
                          documentTitle: "Document \(document)", documentDate: nil, ordinal: ordinal, text: "Sentence \(ordinal)", originalRange: 0..<10)
    }

    func state() -> AppState {
        let documents = (1...3).map { DocumentSummary(id: Int64($0), path: "doc\($0).txt", title: "Document \($0)", wordCount: 400, sentenceCount: 40) }
        var state = AppState(corpusName: "test", documents: documents, screen: Size(width: 100, height: 30))
        _ = Reducer.reduce(&state, .documentOpened(Self.text(id: 1), focus: .reader, target: nil))
        _ = Reducer.reduce(&state, .claimMarkersLoaded(documentID: 1, [5: ClaimMarker(sources: 2, hasConflict: false),
                                                                       30: ClaimMarker(sources: 1, hasConflict: true)]))
        return state
    }

    @Test func bracketsMoveBetweenLinkedClaims() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("]")))
        #expect(state.claims.current == 5)
        _ = Reducer.reduce(&state, .key(.character("]")))
        #expect(state.claims.current == 30)
        let line = try? #require(state.reader.line(ofSentence: 30))
        #expect(line.map { $0 >= state.reader.top && $0 < state.reader.top + state.layout.readerText.height } == true, "the claim is brought into view")
        _ = Reducer.reduce(&state, .key(.character("]")))
        #expect(state.message?.text == "No more claims with cross-references below")
        _ = Reducer.reduce(&state, .key(.character("[")))
        #expect(state.claims.current == 5)
    }

    @Test func markersForAnotherDocumentAreIgnored() {
        var state = state()
        _ = Reducer.reduce(&state, .claimMarkersLoaded(documentID: 2, [1: ClaimMarker(sources: 1, hasConflict: false)]))
        #expect(state.claims.ordinals == [5, 30])
    }

    @Test func enterOpensTheCrossReferencesAndEnterThereJumpsToOne() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("]")))
        #expect(Reducer.reduce(&state, .key(.enter)) == [.loadCrossReferences(sentenceID: 105, includingHidden: false)])
        let references = [CrossReference(relation: .agree, score: 0.6, here: Self.reference(1, 5), there: Self.reference(2, 12), hereValues: [], thereValues: []),
                          CrossReference(relation: .related, score: 0.5, here: Self.reference(1, 5), there: Self.reference(3, 3), hereValues: [], thereValues: [])]
        _ = Reducer.reduce(&state, .crossReferencesLoaded(sentenceID: 999, references))
        guard case .crossReferences(let stale)? = state.overlay else { Issue.record("the panel should be open"); return }
        #expect(stale.references == nil, "an answer for another claim is ignored")
        _ = Reducer.reduce(&state, .crossReferencesLoaded(sentenceID: 105, references))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(Reducer.reduce(&state, .key(.enter)) == [.openDocument(3, focus: .reader, target: .sentence(3))])
        #expect(state.overlay == nil)
        #expect(state.jumps.entries.map(\.documentID) == [1])
    }

    @Test func ctrlOGoesBackToTheSameLineAndCtrlNForward() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("]")))
        _ = Reducer.reduce(&state, .key(.character("]")))
        let before = state.reader.top
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .crossReferencesLoaded(sentenceID: 130, [
            CrossReference(relation: .conflict, score: 0.6, here: Self.reference(1, 30), there: Self.reference(2, 12), hereValues: ["a"], thereValues: ["b"]),
        ]))
        let effects = Reducer.reduce(&state, .key(.enter))
        #expect(effects == [.openDocument(2, focus: .reader, target: .sentence(12))])
        _ = Reducer.reduce(&state, .documentOpened(Self.text(id: 2), focus: .reader, target: .sentence(12)))
        let there = state.reader.top
        let back = Reducer.reduce(&state, .key(.control("o")))
        guard case .openDocument(1, _, .position(let position)?)? = back.first else {
            Issue.record("Ctrl-O should reopen document 1 at the place it left: \(back)")
            return
        }
        _ = Reducer.reduce(&state, .documentOpened(Self.text(id: 1), focus: .reader, target: .position(position)))
        #expect(state.reader.top == before)
        #expect(state.jumps.position == "jump 1/2")
        let forward = Reducer.reduce(&state, .key(.control("n")))
        guard case .openDocument(2, _, .position(let ahead)?)? = forward.first else {
            Issue.record("Ctrl-N should go forward to document 2: \(forward)")
            return
        }
        _ = Reducer.reduce(&state, .documentOpened(Self.text(id: 2), focus: .reader, target: .position(ahead)))
        #expect(state.reader.top == there)
        _ = Reducer.reduce(&state, .key(.control("n")))
        #expect(state.message?.text == "No later jump to go forward to")
    }

    @Test func theJumpListForgetsWhatWasAheadOfANewJump() {
        var jumps = JumpList()
        let places = (1...4).map { ReaderPosition(documentID: Int64($0), paragraph: 0, offset: 0) }
        jumps.record(places[0])
        jumps.record(places[1])
        #expect(jumps.back(from: places[2]) == places[1])
        #expect(jumps.back(from: places[1]) == places[0])
        #expect(jumps.back(from: places[0]) == nil)
        // Back at the first place, a new jump leaves from it: what lay ahead is forgotten.
        jumps.record(places[0])
        #expect(jumps.entries == [places[0]])
        #expect(jumps.forward() == nil)
        #expect(jumps.back(from: places[3]) == places[0])
        #expect(jumps.forward() == places[3])
    }

    @Test func theClaimsViewListsAndOpensClaims() {
        var state = state()
        #expect(Reducer.reduce(&state, .key(.character("c"))) == [.loadClaimOverview(order: .contested, entityID: nil, days: nil)])
        _ = Reducer.reduce(&state, .claimOverviewLoaded([ClaimOverview(claim: Self.reference(2, 7), corroboration: 1, conflicts: 1, related: 0),
                                                          ClaimOverview(claim: Self.reference(3, 2), corroboration: 3, conflicts: 0, related: 1)]))
        #expect(ClaimsPane.tally(of: ClaimOverview(claim: Self.reference(3, 2), corroboration: 3, conflicts: 0, related: 1)) == "= 3 documents agree · ~ 1 related")
        #expect(Reducer.reduce(&state, .key(.enter)) == [.openDocument(2, focus: .reader, target: .sentence(7))])
        _ = Reducer.reduce(&state, .key(.character("c")))
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state.overlay == nil)
    }

    @Test func theClaimsViewSortsAndNarrows() {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("c")))
        #expect(Reducer.reduce(&state, .key(.character("s"))) == [.loadClaimOverview(order: .corroborated, entityID: nil, days: nil)])
        #expect(Reducer.reduce(&state, .key(.character("e"))) == [.loadClaimOverview(order: .corroborated, entityID: nil, days: nil)])
        #expect(state.message?.text.contains("Choose an entity") == true, "nothing chosen, nothing to narrow to")
        state.timeline.span = DateSpan("2004")
        #expect(Reducer.reduce(&state, .key(.character("p"))).contains(.loadClaimOverview(order: .corroborated, entityID: nil, days: DateSpan("2004")?.days)))
        #expect(Reducer.reduce(&state, .key(.character("p"))) == [.loadClaimOverview(order: .corroborated, entityID: nil, days: nil)], "p again shows all")
        #expect(Reducer.reduce(&state, .key(.character("s"))) == [.loadClaimOverview(order: .contested, entityID: nil, days: nil)])
    }
}
