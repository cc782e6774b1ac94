import DossierIndex
@testable import DossierUI
import Testing

/// The timeline through the reducer: what it asks the index for as its switches change, the span
/// typed at its prompt, and the chart drawn above its rows.
@Suite("The timeline pane")
struct TimelinePaneTests {
    static func event(_ value: String, document: Int64, ordinal: Int = 0) -> TimelineEvent {
        let sentence = SentenceReference(sentenceID: document * 100 + Int64(ordinal), documentID: document, documentPath: "doc\(document).txt",
                                         documentTitle: "Document \(document)", documentDate: nil, ordinal: ordinal,
                                         text: "Something happened in \(value).", originalRange: 0..<30)
        return TimelineEvent(sentence: sentence, text: value, value: TimexValue(value)!, endValue: nil, isAnchored: false,
                             rangeInSentence: 22..<(22 + value.count), originalRange: 22..<(22 + value.count))
    }

    func state() -> AppState {
        let documents = (1...2).map { DocumentSummary(id: Int64($0), path: "doc\($0).txt", title: "Document \($0)", wordCount: 7, sentenceCount: 2) }
        var state = AppState(corpusName: "test", documents: documents, screen: Size(width: 100, height: 30))
        _ = Reducer.reduce(&state, .documentOpened(ClaimNavigationTests.text(id: 1), focus: nil, target: nil))
        _ = Reducer.reduce(&state, .key(.character("4")))
        return state
    }

    @Test func switchesAskForTheEventsTheyNarrowTo() {
        var state = state()
        #expect(Reducer.reduce(&state, .key(.character("d"))) == [.loadTimeline(TimelineFilter(documentID: 1))])
        #expect(Reducer.reduce(&state, .key(.character("d"))) == [.loadTimeline(TimelineFilter())])
        #expect(Reducer.reduce(&state, .key(.character("e"))) == [.loadTimeline(TimelineFilter(entityID: -1))])
        #expect(state.message?.text.hasPrefix("Choose an entity in the sidebar") == true)
        _ = Reducer.reduce(&state, .timelineLoaded(TimelineFilter(entityID: -1), []))
        #expect(Screen.render(state).text.contains("Choose an entity in the sidebar with Enter"))
    }

    @Test func aTypedSpanNarrowsTheDatesAndABadOneSaysWhy() throws {
        var state = state()
        _ = Reducer.reduce(&state, .key(.character("r")))
        #expect(state.isTyping)
        for character in "2018..2022" { _ = Reducer.reduce(&state, .key(.character(character))) }
        let effects = Reducer.reduce(&state, .key(.enter))
        let span = try #require(DateSpan("2018..2022"))
        #expect(effects == [.loadTimeline(TimelineFilter(days: span.days))])
        #expect(!state.isTyping)
        _ = Reducer.reduce(&state, .key(.character("r")))
        #expect(state.timeline.spanEditor.text == "2018..2022", "the prompt starts from the span in force")
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "soon" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.isTyping, "a span that cannot be read keeps the prompt open")
        #expect(state.message?.kind == .warning)
        _ = Reducer.reduce(&state, .key(.control("u")))
        #expect(Reducer.reduce(&state, .key(.enter)) == [.loadTimeline(TimelineFilter())], "an empty span shows every date again")
    }

    @Test func answersForAnotherFilterAreIgnoredAndEnterJumpsWithTheDateMarked() {
        var state = state()
        _ = Reducer.reduce(&state, .timelineLoaded(TimelineFilter(documentID: 2), [Self.event("2001", document: 2)]))
        #expect(state.timeline.events == nil)
        _ = Reducer.reduce(&state, .timelineLoaded(TimelineFilter(), [Self.event("1999", document: 1), Self.event("2020-10", document: 2, ordinal: 7)]))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(Reducer.reduce(&state, .key(.enter)) == [.openDocument(2, focus: .reader, target: .date(sentence: 7, range: 22..<29))])
        #expect(state.jumps.position != nil, "the jump is recorded so that Ctrl-O comes back")
    }

    @Test func rowsOfOneDateFromTwoDocumentsAreJoined() {
        let events = [Self.event("2019", document: 1), Self.event("2020-10", document: 1), Self.event("2020-10", document: 2), Self.event("2021", document: 2)]
        #expect((0..<4).map { TimelinePane.sharesDateAcrossDocuments(events, $0) } == [false, true, true, false])
        let sameDocument = [Self.event("2020-10", document: 1), Self.event("2020-10", document: 1, ordinal: 3)]
        #expect(!TimelinePane.sharesDateAcrossDocuments(sameDocument, 0))
    }

    @Test func theChartCountsByYearOrByDecadeWhenYearsWouldNotFit() throws {
        let years = try #require(TimelineChart(years: [2019, 2020, 2020, 2022], width: 40))
        #expect(years.yearsPerBar == 1)
        #expect(years.counts == [1, 2, 0, 1])
        #expect(years.bars == "▄▄ ██    ▄▄ ", "an empty year keeps its place")
        #expect(years.label(ofBar: 1) == "2020")
        let decades = try #require(TimelineChart(years: [1567, 1991, 2023], width: 50))
        #expect(decades.yearsPerBar == 10)
        #expect(decades.label(ofBar: 0) == "1560s")
        #expect(decades.bar(ofYear: 2023) == decades.counts.count - 1)
        #expect(TimelineChart(years: [], width: 40) == nil)
    }

    @Test func farOutlyingYearsAreCountedBesideTheAxisInsteadOfStretchingIt() throws {
        let years = [11, 2003, 2004, 2004, 2004, 2005, 2005, 2048] + Array(repeating: 2004, count: 8)
        let chart = try #require(TimelineChart(years: years, width: 40))
        #expect(chart.yearsPerBar == 1, "2003 to 2005 fit year by year")
        #expect(chart.label(ofBar: 0) == "2003" && chart.counts.count == 3)
        #expect(chart.earlier == 1 && chart.later == 1)
        #expect(chart.leadingMark == "◂1 " && chart.trailingMark == " 1▸")
        #expect(chart.isOffAxis(11) && chart.isOffAxis(2048) && !chart.isOffAxis(2004))
        let spread = try #require(TimelineChart(years: [1567, 1991, 2023], width: 50))
        #expect(spread.earlier == 0 && spread.later == 0, "three years far apart are a real spread, not outliers")
    }
}
