import Foundation
import Testing
@testable import DossierIndex

/// The frame reader's rules, one slot or one event kind at a time, on invented sentences whose
/// names are given (as the entity recogniser would find them) and whose dates are tagged.
@Suite("Claim frames")
struct ClaimFrameTests {
    /// The frames of `text` with `names` as its entity mentions, dated `documentDate`.
    private func frames(_ text: String, names: [String: EntityType] = [:], documentDate: String? = "2005-02-10",
                        context: FrameExtractor.Context? = nil) -> [ClaimFrame] {
        let scalars = Array(text.unicodeScalars)
        var mentions: [(range: Range<Int>, name: String, type: EntityType?)] = []
        for (name, type) in names {
            let pattern = Array(name.unicodeScalars)
            var start = 0
            while start + pattern.count <= scalars.count {
                if Array(scalars[start..<(start + pattern.count)]) == pattern {
                    mentions.append((start..<(start + pattern.count), name, type))
                    start += pattern.count
                } else {
                    start += 1
                }
            }
        }
        let dates = TemporalTagger().expressions(in: text, documentDate: documentDate).compactMap { expression -> (range: Range<Int>, date: ClaimDate)? in
            guard let value = TimexValue(expression.value, modifier: expression.modifier) else { return nil }
            return (expression.range, ClaimDate(text: expression.text, value: expression.value, firstDay: value.firstDay, lastDay: value.lastDay,
                                                isAnchored: expression.isAnchored))
        }
        var context = context ?? FrameExtractor.Context(documentDay: documentDate.flatMap { TimexValue($0)?.firstDay })
        return FrameExtractor().frames(in: .init(id: 1, documentID: 1, text: text, mentions: mentions, dates: dates), context: &context)
    }

    private func words(_ range: Range<Int>?, in text: String) -> String? {
        guard let range else { return nil }
        return String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    private func quantity(_ text: String, names: [String: EntityType] = [:]) throws -> ClaimFrame {
        let found = frames(text, names: names).filter { $0.kind == .quantity }
        try #require(found.count == 1, "one quantity frame in “\(text)”, found \(found.count)")
        return found[0]
    }

    // MARK: Slots of quantity frames

    @Test func theSubjectIsTheNameThatOwnsTheMeasure() throws {
        let text = "Analysts at Barclays said TimeWarner's profits jumped 76% in the fourth quarter."
        let frame = try quantity(text, names: ["Barclays": .organization, "TimeWarner": .organization])
        #expect(frame.subject?.key == "timewarner")
        #expect(words(frame.subject?.range, in: text) == "TimeWarner")
    }

    @Test func theSubjectMayFollowTheMeasure() throws {
        let frame = try quantity("Profits at Time Warner Inc rose 5% last year.", names: ["Time Warner Inc": .organization])
        #expect(frame.subject?.key == "timewarner", "the company suffix and the space are no part of the key")
    }

    @Test func aCountryAdjectiveIsTheSubjectOfAnEconomicMeasure() throws {
        #expect(try quantity("Australian economic growth slowed to 0.2% in the third quarter.").subject?.key == "australia")
        #expect(try quantity("British growth was 0.5% in 2004.").subject?.key == "uk")
    }

    @Test func aPronounStandsForTheOrganisationNamedBefore() throws {
        var context = FrameExtractor.Context(documentDay: 0)
        context.organisation = "yukos"
        let found = frames("It said its sales rose 12% in 2004.", context: context).filter { $0.kind == .quantity }
        #expect(found.first?.subject?.key == "yukos")
    }

    @Test func anAmountWithoutSubjectOrMeasureIsNoFrame() {
        #expect(frames("Shares were trading at 450 pence.").isEmpty, "no subject")
        #expect(frames("Apple said it had sold 3 million of them.", names: ["Apple": .organization]).isEmpty, "no measure")
    }

    @Test func theMeasureKeepsItsQualifiers() throws {
        let text = "BP's pre-tax profits rose to £5bn in 2004."
        let frame = try quantity(text, names: ["BP": .organization])
        #expect(frame.measure?.key == "pre tax:profit")
        #expect(words(frame.measure?.range, in: text) == "pre-tax profits")
        let rate = try quantity("The Bank of England kept UK interest rates at 4.75% in February.", names: ["Bank of England": .organization, "UK": .place])
        #expect(rate.measure?.key == "interest:rate")
        #expect(rate.subject?.key == "uk")
    }

    @Test func theMeasureMayFollowTheAmount() throws {
        let frame = try quantity("Vodafone took a 49% stake in the firm in March.", names: ["Vodafone": .organization])
        #expect(frame.measure?.key == ":stake")
        #expect(frame.subject?.key == "vodafone")
    }

    @Test func aCountedNounIsItsOwnMeasure() throws {
        let frame = try quantity("AOL lost 464,000 subscribers in the fourth quarter.", names: ["AOL": .organization])
        #expect(frame.measure?.key == "~quarter:subscribers", "a quarter's figure")
        #expect(frame.value?.value == -464_000, "lost is a fall")
    }

    @Test func aRiseAndAFallAreChangesWithTheirSign() throws {
        let rise = try quantity("Fiat's sales rose 5% in 2004.", names: ["Fiat": .organization])
        #expect(rise.isChange && rise.value?.value == 5)
        let fall = try quantity("Fiat's sales fell by 5% in 2004.", names: ["Fiat": .organization])
        #expect(fall.isChange && fall.value?.value == -5)
        let noun = try quantity("Fiat reported a 5% drop in sales in 2004.", names: ["Fiat": .organization])
        #expect(noun.isChange && noun.value?.value == -5 && noun.measure?.key == ":sales")
    }

    @Test func aValueReachedIsALevel() throws {
        let level = try quantity("Fiat's sales rose to $5bn in 2004.", names: ["Fiat": .organization])
        #expect(!level.isChange && level.value?.value == 5e9)
    }

    @Test func aMinusSignIsKept() throws {
        let frame = try quantity("Japanese growth was -0.1% in the third quarter.")
        #expect(frame.value?.value == -0.1)
        #expect(frame.subject?.key == "japan")
    }

    @Test func anEarlierValueIsNoFrame() throws {
        let text = "Fiat's profits rose to $1.13bn from $639m a year earlier."
        let found = frames(text, names: ["Fiat": .organization])
        #expect(found.map { $0.value?.value } == [1.13e9])
    }

    @Test func anEquivalentInBracketsIsTheSameAmount() throws {
        let frame = try quantity("Fiat's profits rose to $1.13bn (£600m) in 2004.", names: ["Fiat": .organization])
        #expect(frame.equivalents.map(\.unit) == [.currency("GBP")])
    }

    @Test func thePeriodIsTheDateNearTheAmount() throws {
        let text = "On Monday Fiat said its profits rose 5% in 2004."
        let frame = try quantity(text, names: ["Fiat": .organization])
        #expect(frame.period?.value == "2004")
        #expect(words(frame.periodRange, in: text) == "2004")
        #expect(frame.documentDay == TimexValue("2005-02-10")?.firstDay)
    }

    @Test(arguments: [
        ("Fiat's profits will rise 5% in 2005.", ClaimModality.forecast, false),
        ("Fiat expects its profits to rise 5% in 2005.", .forecast, false),
        ("Fiat's profits are estimated at $5bn in 2004.", .estimate, false),
        ("Fiat's profits rose 5% in 2004.", .reported, false),
        ("Fiat's profits did not rise 5% in 2004.", .reported, true),
        ("Fiat's profits didn't rise 5% in 2004.", .reported, true),
    ])
    func modality(text: String, modality: ClaimModality, negated: Bool) throws {
        let frame = try quantity(text, names: ["Fiat": .organization])
        #expect(frame.modality == modality)
        #expect(frame.isNegated == negated)
    }

    @Test func clausesKeepTheirOwnSubjects() {
        let found = frames("The Dow rose 1% on Monday, while the Nasdaq fell 2%.", names: ["Dow": .other, "Nasdaq": .other])
            .filter { $0.kind == .quantity }
        #expect(found.isEmpty || Set(found.compactMap(\.subject?.key)).count == found.count)
    }

    @Test func aNumberWrittenOnToAWordIsNoAmount() {
        #expect(QuantityParser.quantities(in: "Sales of MP3 players rose.").isEmpty)
    }

    // MARK: Event frames

    @Test(arguments: [
        ("Blair visited Berlin on 5 May.", EventKind.visit, "blair", "berlin"),
        ("Blair met Schroeder in Berlin on 5 May.", .meet, "blair", "schroeder"),
        ("Iran signed the Kyoto Protocol on 5 May.", .sign, "iran", "kyotoprotocol"),
        ("Latvia joined Nato on 5 May.", .join, "latvia", "nato"),
        ("Rooney left Everton on 5 May.", .leave, "rooney", "everton"),
        ("Voters elected Yushchenko on 26 December.", .elect, "voters", "yushchenko"),
        ("Glazer appointed Gill on 5 May.", .appoint, "glazer", "gill"),
        ("Kilroy resigned from Ukip on 5 May.", .resign, "kilroy", "ukip"),
        ("Arafat died in Paris on 11 November.", .die, "arafat", ""),
        ("Sony launched the PSP in Japan on 12 December.", .launch, "sony", "psp"),
        ("Fifa banned Mutu on 5 May.", .ban, "fifa", "mutu"),
        ("Washington sanctioned Syria on 5 May.", .sanction, "washington", "syria"),
        ("Spain withdrew from Iraq on 5 May.", .withdraw, "spain", "iraq"),
        ("Rebels attacked Falluja on 5 May.", .attack, "rebels", "falluja"),
        ("Glazer bought Manchester United on 12 May.", .acquire, "glazer", "manchesterunited"),
        ("Sony merged with BMG on 5 May.", .merge, "bmg", "sony"),
        ("Microsoft sued Lindows on 5 May.", .sue, "microsoft", "lindows"),
        ("Police charged Ebbers on 5 May.", .charge, "police", "ebbers"),
        ("Jurors convicted Ebbers on 15 March.", .convict, "jurors", "ebbers"),
        ("Judge Jones sentenced Ebbers on 5 May.", .sentence, "jones", "ebbers"),
        ("Police arrested Ebbers on 5 May.", .arrest, "police", "ebbers"),
        ("Jurors acquitted Jackson on 5 May.", .acquit, "jurors", "jackson"),
        ("Chelsea beat Arsenal on 5 May.", .win, "chelsea", "arsenal"),
    ])
    func eventKind(text: String, kind: EventKind, subject: String, object: String) throws {
        let names = Set(text.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
            .filter { $0.first?.isUppercase == true && !["The", "On", "May", "March", "December", "November", "PSP", "Judge"].contains($0) })
        var typed = Dictionary(uniqueKeysWithValues: names.map { ($0, EntityType.organization) })
        typed["Kyoto Protocol"] = .other
        typed["Manchester United"] = .organization
        typed["PSP"] = .other
        typed["Kyoto"] = nil
        typed["Protocol"] = nil
        typed["Manchester"] = nil
        typed["United"] = nil
        for place in ["Berlin", "Paris", "Japan", "Iraq", "Syria", "Falluja"] where typed[place] != nil { typed[place] = .place }
        for person in ["Blair", "Schroeder", "Yushchenko", "Glazer", "Gill", "Kilroy", "Arafat", "Mutu", "Ebbers", "Rooney", "Jackson"] where typed[person] != nil {
            typed[person] = .person
        }
        if kind == .convict || kind == .acquit || kind == .elect { typed[text.hasPrefix("Jurors") ? "Jurors" : "Voters"] = .organization }
        let found = frames(text, names: typed).filter { $0.kind == .event }
        let frame = try #require(found.first { $0.event == kind }, "no \(kind) in “\(text)”: \(found.map { $0.event?.rawValue ?? "" })")
        #expect(frame.subject?.key == subject)
        #expect(frame.object?.key ?? "" == object)
        #expect(frame.period != nil)
    }

    @Test func thePassiveIsTheSameEventAsTheActive() throws {
        let names: [String: EntityType] = ["Putin": .person, "Kyoto Protocol": .other]
        let active = try #require(frames("Putin signed the Kyoto Protocol in November 2004.", names: names).first { $0.event == .sign })
        let passive = try #require(frames("The Kyoto Protocol was signed by Putin in November 2004.", names: names).first { $0.event == .sign })
        #expect(active.subject?.key == passive.subject?.key)
        #expect(active.object?.key == passive.object?.key)
        #expect(passive.subject?.key == "putin")
    }

    @Test func aNounStatesAnEventToo() throws {
        let frame = try #require(frames("Kilroy's resignation from Ukip came on 5 May.", names: ["Kilroy": .person, "Ukip": .organization])
            .first { $0.event == .resign })
        #expect(frame.subject?.key == "kilroy")
    }

    @Test func aDeniedEventIsNegated() throws {
        let frame = try #require(frames("Latvia has not joined Nato.", names: ["Latvia": .place, "Nato": .organization]).first { $0.event == .join })
        #expect(frame.isNegated)
        let planned = try #require(frames("Latvia will join Nato in 2004.", names: ["Latvia": .place, "Nato": .organization]).first { $0.event == .join })
        #expect(planned.modality == .forecast)
    }

    @Test func framesSurviveTheCodec() throws {
        let text = "Fiat's pre-tax profits rose 5% to $1.13bn (£600m) in 2004."
        for frame in frames(text, names: ["Fiat": .organization]) {
            #expect(FrameCodec.decode(FrameCodec.encode(frame)).map(FrameCodec.encode) == FrameCodec.encode(frame))
        }
        let event = try #require(frames("Blair met Schroeder in Berlin on 5 May.", names: ["Blair": .person, "Schroeder": .person, "Berlin": .place]).first)
        #expect(FrameCodec.decode(FrameCodec.encode(event)).map(FrameCodec.encode) == FrameCodec.encode(event))
        #expect(FrameCodec.decode(FrameCodec.encode(event))?.event == .meet)
    }
}
