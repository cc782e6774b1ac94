/// Reads the claim frames of a document's sentences, in order: quantity frames for each amount
/// whose subject and measure can be told, event frames for each event word with a participant.
/// Rules over tokens, the document's entity mentions and tagged dates, and the English cue words
/// of `MeasureLexicon`, `CueLexicon` and `EventKind`; a sentence's frames depend on its own
/// document alone.
struct FrameExtractor {
    let gazetteer: Gazetteer

    init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// One sentence with what the index found in it; ranges are scalar offsets in `text`.
    struct Sentence {
        var id: Int64
        var documentID: Int64
        var text: String
        /// Mentions with the entity's name in the document (its fuller form) and type.
        var mentions: [(range: Range<Int>, name: String, type: EntityType?)]
        var dates: [(range: Range<Int>, date: ClaimDate)]
    }

    /// What the sentences read so far named last, for the pronouns and descriptions of the next.
    struct Context {
        var organisation: String?
        var person: String?
        var documentDay: Int?

        init(documentDay: Int? = nil) {
            self.documentDay = documentDay
        }
    }

    /// The frames of one sentence; updates `context` with its names.
    func frames(in sentence: Sentence, context: inout Context) -> [ClaimFrame] {
        let mentions = sentence.mentions.map { mention in
            (range: mention.range, key: SubjectKey.of(name: mention.name, type: mention.type, gazetteer: gazetteer), type: mention.type)
        }
        let analysis = SentenceAnalysis(text: sentence.text, mentions: mentions, dates: sentence.dates)
        var frames: [ClaimFrame] = []
        if analysis.scalars.last != "?" {
            frames = quantityFrames(analysis, context: context) + eventFrames(analysis, context: context)
        }
        for index in frames.indices { frames[index].documentDay = context.documentDay }
        for mention in analysis.mentions {
            if mention.type == .organization { context.organisation = mention.key }
            if mention.type == .person { context.person = mention.key }
        }
        return frames
    }

    // MARK: Shared slot readers

    /// The modality of what stands before `token` in its clause, and whether it is negated.
    func modality(_ analysis: SentenceAnalysis, before token: Int, in clause: Range<Int>) -> (ClaimModality, negated: Bool) {
        let words = analysis.lower[clause.lowerBound..<token]
        // "didn't" is read as "didn", an apostrophe and "t".
        let contracted = words.indices.contains { $0 > words.startIndex && words[$0] == "t" && ["'", "’"].contains(words[$0 - 1]) }
        let negated = contracted || words.contains { CueLexicon.negators.contains($0) }
        if words.contains(where: CueLexicon.forecasts.contains) { return (.forecast, negated) }
        if words.contains(where: CueLexicon.estimates.contains) { return (.estimate, negated) }
        return (.reported, negated)
    }

    /// The entity a pronoun or description in the clause stands for: "it", "the firm" → the
    /// organisation last named; "he", "she" → the person.
    func anaphor(_ analysis: SentenceAnalysis, in tokens: Range<Int>, context: Context) -> ClaimFrame.Slot? {
        for index in tokens where analysis.mentionOfToken[index] == nil {
            let word = analysis.lower[index]
            if CueLexicon.organisationAnaphors.contains(word), let key = context.organisation,
               word == "it" || word == "its" || analysis.word(index - 1, in: ["the"]) {
                return ClaimFrame.Slot(range: analysis.range(of: index..<(index + 1)), key: key)
            }
            if CueLexicon.personAnaphors.contains(word), let key = context.person {
                return ClaimFrame.Slot(range: analysis.range(of: index..<(index + 1)), key: key)
            }
        }
        return nil
    }

    /// Whether the mention is the source of a report ("TimeWarner said", "according to analysts").
    func isSource(_ mention: SentenceAnalysis.Mention, in analysis: SentenceAnalysis) -> Bool {
        let after = mention.tokens.upperBound
        return analysis.word(after, in: CueLexicon.reporting) || analysis.word(mention.tokens.lowerBound - 1, in: ["to"]) && analysis.word(mention.tokens.lowerBound - 2, in: ["according"])
    }
}
