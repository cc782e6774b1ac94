/// Finds and types the names in a document, then ties each short form to the full name it stands
/// for in that document: surnames to people, acronyms to what they abbreviate.
public struct EntityRecognizer: Sendable {
    let gazetteer: Gazetteer

    public init() {
        gazetteer = .shared
    }

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// A sentence ready for the recogniser.
    struct PreparedSentence {
        var index: Int
        var start: Int
        var scalars: [Unicode.Scalar]
        var tokens: [NameToken]
        var reliability: CandidateFinder.CaseReliability
    }

    public func mentions(in document: LoadedDocument) -> [ExtractedMention] {
        let sentences = prepare(document)
        let (knownNames, knownLowercase) = vocabulary(of: sentences)
        let finder = CandidateFinder(gazetteer: gazetteer, knownNames: knownNames, knownLowercase: knownLowercase)
        let classifier = EntityClassifier(gazetteer: gazetteer, isAboutTeamSport: Self.isAboutTeamSport(sentences))
        var mentions: [ExtractedMention] = []
        var definitions: [(short: Int, long: Int)] = []
        for sentence in sentences {
            let spans = finder.spans(in: sentence.tokens, reliability: sentence.reliability)
            var previous: (span: NameSpan, mention: Int)?
            for span in spans {
                let verdict = classifier.classify(span, in: sentence.tokens)
                let mention = makeMention(span, sentence: sentence, verdict: verdict)
                mentions.append(mention)
                if let previous, isDefinition(previous.span, span, in: sentence.tokens) {
                    let isShortFirst = sentence.tokens[previous.span.tokens.lowerBound].isAllCaps && span.tokens.count > 1
                    definitions.append(isShortFirst ? (previous.mention, mentions.count - 1) : (mentions.count - 1, previous.mention))
                }
                previous = (span, mentions.count - 1)
            }
        }
        return DocumentAliases(gazetteer: gazetteer).resolve(mentions, definitions: definitions)
    }

    // MARK: Preparing sentences

    private func prepare(_ document: LoadedDocument) -> [PreparedSentence] {
        document.sentences.enumerated().map { index, sentence in
            let scalars = Array(sentence.text.unicodeScalars)
            let tokens = NameTokenizer.tokens(of: scalars)
            // A heading in sentence case ("Ad sales boost Time Warner profit") has capitals as telling as prose.
            let isTitleCase = Self.isTitleCase(tokens, capitalized: document.paragraphs[sentence.paragraph].isHeading ? 1 : 3)
            return PreparedSentence(index: index, start: sentence.range.lowerBound, scalars: scalars, tokens: tokens,
                                    reliability: isTitleCase || Self.isMostlyCapitals(scalars) ? .none : .ordinary)
        }
    }

    /// Words a title-case headline leaves in lowercase.
    static let titleCaseExceptions: Set<String> = ["a", "an", "the", "and", "but", "or", "nor", "for", "on", "at", "to", "from",
                                                   "by", "of", "in", "with", "as", "vs", "v", "into", "over", "per", "up"]

    /// A headline in Title Case: at least `capitalized` capitalised words and no other lowercase
    /// word than the small ones headlines leave alone. A sentence full of names still has its verbs in lowercase.
    static func isTitleCase(_ tokens: [NameToken], capitalized: Int = 3) -> Bool {
        let words = tokens.filter { $0.kind == .word }
        guard words.filter(\.isCapitalized).count >= capitalized else { return false }
        return words.allSatisfy { $0.isCapitalized || $0.isAllCaps || titleCaseExceptions.contains($0.text) || $0.text.first?.isNumber == true }
    }

    static func isMostlyCapitals(_ scalars: [Unicode.Scalar]) -> Bool {
        var letters = 0, capitals = 0
        for scalar in scalars where scalar.isLetter {
            letters += 1
            if scalar.isUppercaseLetter { capitals += 1 }
        }
        return letters >= 12 && capitals * 10 >= letters * 8
    }

    /// Words that open a capitalised run inside running text, and words seen in lowercase: what
    /// this document itself says about which capitals are names. A word inside a longer name
    /// ("Airlines" in "Low-fare Airlines Association") proves nothing about the word alone.
    private func vocabulary(of sentences: [PreparedSentence]) -> (Set<String>, Set<String>) {
        var names = Set<String>(), lowercase = Set<String>()
        for sentence in sentences where sentence.reliability == .ordinary {
            for (index, token) in sentence.tokens.enumerated() where token.kind == .word && index > 0 {
                let previous = sentence.tokens[index - 1]
                // A quotation mark inside a sentence ("voted for 'Starlings'") leaves the capital meaningful.
                let quotedAfterWord = index > 1 && Self.quotationMarks.contains(previous.text) && sentence.tokens[index - 2].isLowercaseWord
                if token.isLowercaseWord {
                    lowercase.insert(token.text)
                } else if token.isCapitalized, previous.isLowercaseWord || previous.text == "," || previous.kind == .number || quotedAfterWord {
                    names.insert(token.text)
                }
            }
        }
        return (names, lowercase)
    }

    static let quotationMarks: Set<String> = ["'", "\"", "‘", "“"]

    /// Whether the document uses enough of the words of team sports to be a report on one.
    private static func isAboutTeamSport(_ sentences: [PreparedSentence]) -> Bool {
        var seen = Set<String>()
        for sentence in sentences {
            for token in sentence.tokens where token.isLowercaseWord && EntityCues.teamSportWords.contains(token.text) {
                seen.insert(token.text)
                if seen.count >= EntityCues.teamSportEvidence { return true }
            }
        }
        return false
    }

    // MARK: Mentions

    private func makeMention(_ span: NameSpan, sentence: PreparedSentence, verdict: EntityClassifier.Verdict) -> ExtractedMention {
        let first = sentence.tokens[span.tokens.lowerBound], last = sentence.tokens[span.tokens.upperBound - 1]
        let text = MappedText.string(from: sentence.scalars[first.range.lowerBound..<last.range.upperBound])
        let range = (sentence.start + first.range.lowerBound)..<(sentence.start + last.range.upperBound)
        var canonical = gazetteer.place(text).map { $0.kind == .city || $0.kind == .country ? $0.name : text } ?? text
        if verdict.isTeam { canonical += " (team)" }
        return ExtractedMention(sentence: sentence.index, range: range, text: text, type: verdict.type, confidence: verdict.confidence,
                                key: NameKey.of(canonical), fullName: canonical)
    }

    /// "Full Name (ACR)" or "ACR (Full Name)": the second span stands right after "(" following the first.
    private func isDefinition(_ first: NameSpan, _ second: NameSpan, in tokens: [NameToken]) -> Bool {
        let open = first.tokens.upperBound
        guard open < tokens.count, tokens[open].text == "(", second.tokens.lowerBound == open + 1,
              second.tokens.upperBound < tokens.count, tokens[second.tokens.upperBound].text == ")" else { return false }
        let short = tokens[first.tokens.lowerBound].isAllCaps && first.tokens.count == 1 ? first : second
        return short.tokens.count == 1 && tokens[short.tokens.lowerBound].isAllCaps
    }
}
