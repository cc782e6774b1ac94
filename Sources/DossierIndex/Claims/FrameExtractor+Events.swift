extension FrameExtractor {
    /// A frame for each event verb or noun with a named participant: in the active voice the
    /// name before the verb acts and the name after undergoes ("Y signed X"); in the passive the
    /// name before undergoes and the name after "by" acts ("X was signed by Y"), so both give the
    /// same frame. A place after "in" or "at" is where it happened; the nearest date, when.
    func eventFrames(_ analysis: SentenceAnalysis, context: Context) -> [ClaimFrame] {
        var frames: [ClaimFrame] = []
        for index in analysis.lower.indices where analysis.mentionOfToken[index] == nil && analysis.tokens[index].kind == .word {
            let word = analysis.lower[index]
            if let verb = EventKind.verbs[word], let frame = verbFrame(verb.kind, participle: verb.participle, at: index, analysis, context: context) {
                frames.append(frame)
            } else if let kind = EventKind.nouns[word], let frame = nounFrame(kind, at: index, analysis, context: context) {
                frames.append(frame)
            }
        }
        return frames
    }

    private func verbFrame(_ kind: EventKind, participle: Bool, at index: Int, _ analysis: SentenceAnalysis, context: Context) -> ClaimFrame? {
        let clause = analysis.clause(of: index)
        // A participle used as an adjective before a name ("the signed deal") or a noun is no event.
        guard !analysis.word(index - 1, in: ["the", "a", "an"]) else { return nil }
        var auxiliary = index - 1
        while auxiliary > clause.lowerBound, ["also", "already", "now", "just", "recently", "formally", "officially"].contains(analysis.lower[auxiliary]) {
            auxiliary -= 1
        }
        let passive = participle && analysis.word(auxiliary, in: EventKind.passiveAuxiliaries)
        let before = analysis.mentions(in: clause.lowerBound..<index).last
        let afterRange = (index + 1)..<clause.upperBound
        var agent: ClaimFrame.Slot?
        var object: ClaimFrame.Slot?
        if passive {
            object = before.map(analysis.slot)
            if let by = afterRange.first(where: { analysis.lower[$0] == "by" }) {
                agent = analysis.mentions(in: (by + 1)..<min(clause.upperBound, by + 4)).first.map(analysis.slot)
            }
        } else {
            agent = before.map(analysis.slot)
            object = analysis.mentions(in: afterRange).first { mention in
                !(mention.type == .place && analysis.word(mention.tokens.lowerBound - 1, in: ["in", "at"]))
            }.map(analysis.slot)
        }
        if agent == nil && !passive { agent = anaphor(analysis, in: max(clause.lowerBound, index - 3)..<index, context: context) }
        return eventFrame(kind, at: index, agent: agent, object: object, analysis, clause: clause)
    }

    /// "his resignation", "the signing of the treaty", "talks with Iran", "a ban on imports of X".
    private func nounFrame(_ kind: EventKind, at index: Int, _ analysis: SentenceAnalysis, context: Context) -> ClaimFrame? {
        let clause = analysis.clause(of: index)
        var agent: ClaimFrame.Slot?
        var cursor = index - 1
        while cursor >= clause.lowerBound, ["'", "’", "s", "-", "the", "a", "an", "planned", "proposed", "first", "official", "state"].contains(analysis.lower[cursor]) {
            cursor -= 1
        }
        if cursor >= clause.lowerBound, let owner = analysis.mentionOfToken[cursor] { agent = analysis.slot(analysis.mentions[owner]) }
        var object: ClaimFrame.Slot?
        if analysis.word(index + 1, in: ["of", "on", "with", "to", "against", "between", "by", "for", "in"]) {
            let next = analysis.word(index + 2, in: ["the"]) ? index + 3 : index + 2
            if analysis.lower.indices.contains(next), let owner = analysis.mentionOfToken[next] {
                let mention = analysis.mentions[owner]
                if analysis.lower[index + 1] == "by" { agent = agent ?? analysis.slot(mention) } else { object = analysis.slot(mention) }
            }
        }
        if agent == nil, analysis.word(index - 1, in: CueLexicon.personAnaphors.union(["its"])) {
            agent = anaphor(analysis, in: (index - 1)..<index, context: context)
        }
        // "Deutsche Boerse bosses have held talks with the LSE": the clause's subject acts.
        if agent == nil, let before = analysis.mentions(in: clause.lowerBound..<index).last(where: { !isSource($0, in: analysis) }) {
            agent = analysis.slot(before)
        }
        return eventFrame(kind, at: index, agent: agent, object: object, analysis, clause: clause)
    }

    private func eventFrame(_ kind: EventKind, at index: Int, agent: ClaimFrame.Slot?, object: ClaimFrame.Slot?, _ analysis: SentenceAnalysis,
                            clause: Range<Int>) -> ClaimFrame? {
        guard agent != nil || object != nil, agent?.key != object?.key else { return nil }
        var frame = ClaimFrame(kind: .event)
        frame.event = kind
        frame.eventRange = analysis.tokens[index].range
        // Meetings and mergers have no direction: "A met B" is "B met A".
        if Self.symmetricEvents.contains(kind), let first = agent, let second = object, second.key < first.key {
            frame.subject = second
            frame.object = first
        } else {
            frame.subject = agent
            frame.object = object
        }
        let used = Set([frame.subject?.key, frame.object?.key].compactMap { $0 })
        frame.place = analysis.mentions(in: clause).first { mention in
            mention.type == .place && !used.contains(mention.key) && analysis.word(mention.tokens.lowerBound - 1, in: ["in", "at"])
        }.map(analysis.slot)
        if let period = analysis.period(near: index..<(index + 1), in: clause) {
            frame.period = period.date
            frame.periodRange = period.range
        }
        let start = max(clause.lowerBound, index - Self.modalityReach)
        (frame.modality, frame.isNegated) = modality(analysis, before: index, in: start..<index)
        return frame
    }

    static let symmetricEvents: Set<EventKind> = [.meet, .merge]

    /// How many words before an event verb decide its modality ("is expected to sign", "did not resign").
    static let modalityReach = 4
}
