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
        let vocabulary = vocabulary(of: sentences)
        let finder = CandidateFinder(gazetteer: gazetteer, knownNames: vocabulary.names, knownLowercase: vocabulary.lowercase,
                                     knownPhrases: vocabulary.phrases)
        let classifier = EntityClassifier(gazetteer: gazetteer, isAboutTeamSport: Self.isAboutTeamSport(sentences))
        var mentions: [ExtractedMention] = []
        var definitions: [(short: Int, long: Int)] = []
        var commonAcronyms = Set<String>()
        for sentence in sentences {
            let spans = finder.spans(in: sentence.tokens, reliability: sentence.reliability)
            commonAcronyms.formUnion(Self.acronymsOfCommonNouns(in: sentence.tokens))
            var previous: (span: NameSpan, mention: Int)?
            for span in spans {
                let verdict = classifier.classify(span, in: sentence.tokens)
                var mention = makeMention(span, sentence: sentence, verdict: verdict)
                mention.isLocative = classifier.isLocation(span, in: sentence.tokens)
                mentions.append(mention)
                if let previous, isDefinition(previous.span, span, in: sentence.tokens) {
                    let isShortFirst = Self.isAcronym(sentence.tokens[previous.span.tokens.lowerBound]) && span.tokens.count > 1
                    definitions.append(isShortFirst ? (previous.mention, mentions.count - 1) : (mentions.count - 1, previous.mention))
                }
                previous = (span, mentions.count - 1)
            }
        }
        if !commonAcronyms.isEmpty { Self.dropCommonAcronyms(commonAcronyms, from: &mentions, definitions: &definitions) }
        Self.agreeOnTeams(&mentions)
        return DocumentAliases(gazetteer: gazetteer).resolve(mentions, definitions: definitions)
    }

    // MARK: Abbreviations of common nouns

    /// "a memorandum of understanding (MOU)", "personal video recorders (PVRs)": capitals in
    /// parentheses that abbreviate the lowercase words before them name no one thing.
    static func acronymsOfCommonNouns(in tokens: [NameToken]) -> [String] {
        var found: [String] = []
        for index in tokens.indices where tokens[index].text == "(" && index + 2 < tokens.count && tokens[index + 2].text == ")" {
            let short = tokens[index + 1]
            let letters = short.text.filter(\.isUppercase)
            guard short.kind == .word, letters.count >= 2, index >= letters.count else { continue }
            // The lowercase words before, nearest first; their initials, with or without the small
            // words ("of"), spell the acronym in "memorandum of understanding (MOU)".
            var words: [String] = []
            var position = index - 1
            while position >= 0, words.count < 2 * letters.count, tokens[position].isLowercaseWord {
                words.append(tokens[position].text)
                position -= 1
            }
            for count in stride(from: letters.count, through: words.count, by: 1) {
                let phrase = words.prefix(count).reversed()
                let all = String(phrase.map { $0.first!.uppercased() }.joined())
                let content = String(phrase.filter { !EntityCues.connectors.contains($0) }.map { $0.first!.uppercased() }.joined())
                if all == letters || content == letters {
                    found.append(NameKey.of(String(letters)))
                    break
                }
            }
        }
        return found
    }

    /// Leaves out every mention of those abbreviations, and the definitions they took part in.
    private static func dropCommonAcronyms(_ keys: Set<String>, from mentions: inout [ExtractedMention],
                                           definitions: inout [(short: Int, long: Int)]) {
        let isCommon = { (mention: ExtractedMention) in keys.contains(NameKey.of(mention.text.filter(\.isUppercase))) && mention.text.count <= 8
            && mention.text.allSatisfy { $0.isUppercase || $0 == "s" || $0 == "." } }
        var newIndex: [Int?] = []
        var kept: [ExtractedMention] = []
        for mention in mentions {
            newIndex.append(isCommon(mention) ? nil : kept.count)
            if !isCommon(mention) { kept.append(mention) }
        }
        definitions = definitions.compactMap { pair in
            guard let short = newIndex[pair.short], let long = newIndex[pair.long] else { return nil }
            return (short, long)
        }
        mentions = kept
    }

    // MARK: Teams

    /// Once a place's name plainly stands for its team somewhere in a document ("Liverpool are",
    /// "Wales beat England"), it does wherever it is not the scene of something ("in Liverpool"):
    /// a report names a club by its town throughout.
    private static func agreeOnTeams(_ mentions: inout [ExtractedMention]) {
        var teams: [String: ExtractedMention] = [:]
        for mention in mentions where mention.fullName.hasSuffix(teamSuffix) && mention.confidence >= EntityClassifier.plainTeamConfidence {
            teams[NameKey.of(mention.text)] = mention
        }
        guard !teams.isEmpty else { return }
        for index in mentions.indices where !mentions[index].isLocative && !mentions[index].fullName.hasSuffix(teamSuffix) {
            guard let team = teams[NameKey.of(mentions[index].text)], mentions[index].type == .place || mentions[index].type == nil else { continue }
            mentions[index].type = team.type
            mentions[index].confidence = team.confidence
            mentions[index].key = team.key
            mentions[index].fullName = team.fullName
        }
    }

    /// What a team's name adds to its place's: "Wales (team)".
    static let teamSuffix = " (team)"

    // MARK: Preparing sentences

    private func prepare(_ document: LoadedDocument) -> [PreparedSentence] {
        document.sentences.enumerated().map { index, sentence in
            let scalars = Array(sentence.text.unicodeScalars)
            let tokens = NameTokenizer.tokens(of: scalars)
            // A heading in sentence case ("Ad sales boost Time Warner profit") has capitals as telling as prose.
            let isTitleCase = Self.isTitleCase(tokens, capitalized: document.paragraphs[sentence.paragraph].isHeading ? 1 : 3)
            let reliability: CandidateFinder.CaseReliability = Self.isMostlyCapitals(scalars) ? .capitals : isTitleCase ? .none : .ordinary
            return PreparedSentence(index: index, start: sentence.range.lowerBound, scalars: scalars, tokens: tokens, reliability: reliability)
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

    /// What this document itself says about which capitals are names.
    struct Vocabulary {
        /// Words that open a capitalised run inside running text. A word inside a longer name
        /// ("Airlines" in "Low-fare Airlines Association") proves nothing about the word alone.
        var names = Set<String>()
        /// Words seen in lowercase.
        var lowercase = Set<String>()
        /// Keys of the capitalised runs of two or more words opening there, and of their first two
        /// words: "time warner", so that "Time Warner said" opening a sentence keeps its "Time".
        var phrases = Set<String>()
    }

    private func vocabulary(of sentences: [PreparedSentence]) -> Vocabulary {
        var vocabulary = Vocabulary()
        for sentence in sentences where sentence.reliability == .ordinary {
            let tokens = sentence.tokens
            for (index, token) in tokens.enumerated() where token.kind == .word && index > 0 {
                let previous = tokens[index - 1]
                // A quotation mark inside a sentence ("voted for 'Starlings'") leaves the capital meaningful.
                let quotedAfterWord = index > 1 && Self.quotationMarks.contains(previous.text) && tokens[index - 2].isLowercaseWord
                if token.isLowercaseWord {
                    vocabulary.lowercase.insert(token.text)
                } else if token.isCapitalized, previous.isLowercaseWord || previous.text == "," || previous.kind == .number || quotedAfterWord {
                    vocabulary.names.insert(token.text)
                    var end = index + 1
                    while end < tokens.count, tokens[end].isCapitalized || tokens[end].isAllCaps { end += 1 }
                    guard end - index >= 2 else { continue }
                    vocabulary.phrases.insert(NameKey.of(tokens[index..<end].map(\.text).joined(separator: " ")))
                    vocabulary.phrases.insert(NameKey.of(tokens[index].text + " " + tokens[index + 1].text))
                }
            }
        }
        return vocabulary
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
        // A place is named as usually written: "Kiev" as "Kyiv", "NEW YORK" as "New York".
        let isShouted = text.count > Self.longestAbbreviation && text.allSatisfy { !$0.isLetter || $0.isUppercase }
        var canonical = gazetteer.place(text).map {
            $0.kind == .country || ($0.kind == .city && !Self.isCapitalLetters(text)) || isShouted ? $0.name : text
        } ?? text
        if verdict.isTeam { canonical += Self.teamSuffix }
        var mention = ExtractedMention(sentence: sentence.index, range: range, text: text, type: verdict.type, confidence: verdict.confidence,
                                       key: NameKey.of(canonical), fullName: canonical)
        mention.title = span.title
        return mention
    }

    /// Two or three capitals ("UN", "AU"): an abbreviation, not the town of that name ("Un" in
    /// India), whereas a country's abbreviations are among its names ("US").
    static let longestAbbreviation = 3

    private static func isCapitalLetters(_ text: String) -> Bool {
        text.count <= longestAbbreviation && text.count > 1 && text.allSatisfy { $0.isUppercase }
    }

    /// "Full Name (ACR)" or "ACR (Full Name)": the second span stands right after "(" following the first.
    private func isDefinition(_ first: NameSpan, _ second: NameSpan, in tokens: [NameToken]) -> Bool {
        let open = first.tokens.upperBound
        guard open < tokens.count, tokens[open].text == "(", second.tokens.lowerBound == open + 1,
              second.tokens.upperBound < tokens.count, tokens[second.tokens.upperBound].text == ")" else { return false }
        let short = Self.isAcronym(tokens[first.tokens.lowerBound]) && first.tokens.count == 1 ? first : second
        return short.tokens.count == 1 && Self.isAcronym(tokens[short.tokens.lowerBound])
    }

    /// "NATO", "U.S.", "G7": capitals, perhaps with digits, and no lowercase letter.
    static func isAcronym(_ token: NameToken) -> Bool {
        token.isAllCaps || (token.kind == .word && token.text.count >= 2 && token.text.first?.isUppercase == true
            && token.text.allSatisfy { $0.isUppercase || $0.isNumber })
    }
}
