/// Decides what a candidate name is from its own words and its neighbours: gazetteers first, then
/// the heads that end names, titles and first names, the nouns that describe a name, and the verbs
/// that follow people.
struct EntityClassifier {
    let gazetteer: Gazetteer
    /// The document reports on a team sport, where a country or town is mostly its team.
    var isAboutTeamSport = false

    /// A type and how sure the evidence is, from 0 (no idea) to 1.
    struct Verdict: Equatable {
        var type: EntityType?
        var confidence: Double
        /// A place's name standing for its team ("Wales beat France"): a different thing from the place.
        var isTeam = false

        static let unknown = Verdict(type: nil, confidence: 0)
    }

    // How sure each kind of evidence makes a type, from 0 to 1. Set by hand and checked on the
    // development sets (bbc-dev, bbc-dev2, bbc-dev3); what matters is their order, which decides
    // which cue wins where two disagree (`DocumentAliases.agreedType`, `EntityResolver.vote`).

    /// A name after a title ("Mr", "President") is a person's. Nothing else gives a single word
    /// this much, so the resolver reads it as "this surname was written with a title".
    static let titledPersonConfidence = 0.95
    /// A country or region of the gazetteer, or a country's abbreviation ("US").
    static let countryConfidence = 0.95
    /// A given name and a surname ("Nina Adebayo").
    static let fullPersonalNameConfidence = 0.9
    /// A head word that ends or opens a name ("… Agency", "Bank of …", "… Sea"), a model code
    /// ("Su-35"), a plural verb after the name: strong, but a noun before the name may overrule.
    static let headConfidence = 0.85
    /// A describing noun before the name ("gas producer Gazprom"), personal particles ("bin",
    /// "van der"), a nationality before a country ("Soviet Russia").
    static let describedConfidence = 0.8
    /// A noun after the name ("Oscar nominations"), "said" after a personal name, an
    /// organisation's opening word ("Ministry …").
    static let followingNounConfidence = 0.7
    /// A weak shape: a title of a work, a competition's head alone, a name and a number.
    static let weakShapeConfidence = 0.6
    /// A name in quotation marks, an acronym of unknown meaning.
    static let quotedConfidence = 0.55
    /// A guess from one weak cue; below it a type is overruled by a surname's full name (`EntityResolver.guessConfidence`).
    static let guessConfidence = 0.5
    /// Leaning one way: a known first name alone, a name of several words ending in a plural.
    static let leaningConfidence = 0.45
    /// Context alone: a leading "The", an acronym opening a longer name.
    static let contextConfidence = 0.4
    /// A preposition of place before an unknown name; unfamiliar words together.
    static let prepositionConfidence = 0.35
    /// The faintest cue: "the" before a single unknown word, an unknown word alone.
    static let faintConfidence = 0.3

    func classify(_ span: NameSpan, in tokens: [NameToken]) -> Verdict {
        let all = span.tokens.map { tokens[$0].text }
        // A "The" kept at the start ("The Aviator") and a trailing number ("Radio 4") are not the head of the name.
        let opensWithThe = all.count > 1 && all[0] == "The"
        var words = opensWithThe ? Array(all.dropFirst()) : all
        if words.count > 1, words.last!.allSatisfy(\.isNumber) { words.removeLast() }
        let text = all.joined(separator: " ")
        let firstWord = tokens[span.tokens.lowerBound + (opensWithThe ? 1 : 0)]
        if let verdict = asTeam(text, span: span, in: tokens)
            ?? byNeighboursAndLexicon(span, words: words, firstWord: firstWord, text: text, in: tokens) {
            return verdict
        }
        return byForm(span, words: words, opensWithThe: opensWithThe, in: tokens)
    }

    /// A country or town standing for its team: a side of a match, or named outside "in …" in a
    /// report on a team sport.
    private func asTeam(_ text: String, span: NameSpan, in tokens: [NameToken]) -> Verdict? {
        guard let place = gazetteer.place(text), place.kind != .region else { return nil }
        if isMatchSide(span, in: tokens) { return Verdict(type: .organization, confidence: Self.matchSideConfidence, isTeam: true) }
        // "Liverpool fans", "England captain", "Liverpool's striker": what only a team has.
        if let noun = nounAfter(span, in: tokens), EntityCues.teamNouns.contains(noun) {
            return Verdict(type: .organization, confidence: Self.plainTeamConfidence, isTeam: true)
        }
        // "France were deemed the best side": a country takes a plural verb only as a team.
        if isSubjectOfPluralVerb(span, in: tokens), !text.hasSuffix("s") {
            return Verdict(type: .organization, confidence: Self.plainTeamConfidence, isTeam: true)
        }
        if isAboutTeamSport, !isLocation(span, in: tokens) { return Verdict(type: .organization, confidence: Self.sportReportTeamConfidence, isTeam: true) }
        return nil
    }

    /// The lowercase word right after the name, or after its possessive.
    private func nounAfter(_ span: NameSpan, in tokens: [NameToken]) -> String? {
        var index = span.tokens.upperBound
        if index < tokens.count, tokens[index].kind == .possessive { index += 1 }
        guard index < tokens.count, tokens[index].isLowercaseWord else { return nil }
        return tokens[index].text
    }

    /// A side of a match ("Wales beat England", "Scotland 18-10 Italy"): a team beyond doubt.
    static let matchSideConfidence = 0.97
    /// A place's name as the subject of a plural verb ("France were"): plainly a team, sure enough
    /// for the rest of the document to read the name as the team (`EntityRecognizer.agreeOnTeams`).
    static let plainTeamConfidence = 0.9
    /// A place's name outside "in …" in a report on a team sport: more often the team than the place.
    static let sportReportTeamConfidence = 0.8

    /// The nouns around the name, then the gazetteers and the head words, which a noun after the
    /// name overrules only when they are unsure.
    private func byNeighboursAndLexicon(_ span: NameSpan, words: [String], firstWord: NameToken, text: String,
                                        in tokens: [NameToken]) -> Verdict? {
        // "broadcaster Nina Adebayo" is a person; "company Sierra Wireless" stays a company.
        if let type = describedType(span, in: tokens),
           type != .organization || !isFullPersonalName(words, span: span) || gazetteer.isOrdinaryWord(words.last!) {
            return Verdict(type: type, confidence: Self.describedConfidence)
        }
        let following = followingVerdict(span, words: words, text: text, in: tokens)
        if let verdict = byShape(words, token: firstWord) ?? byGazetteer(text, words: words) ?? byHeads(words)
            ?? byNumber(span, in: tokens) {
            // "Brits nominations": a small town's name is a prize here; "Beverly Hills ceremony" stays a place.
            return verdict.confidence < Self.headConfidence ? following ?? verdict : verdict
        }
        return following
    }

    /// What comes right after the name: a plural verb makes it a group; a noun that only prizes or
    /// only organisations take types it, though a person's full name or a constituency is no organisation.
    private func followingVerdict(_ span: NameSpan, words: [String], text: String, in tokens: [NameToken]) -> Verdict? {
        if isSubjectOfPluralVerb(span, in: tokens) { return Verdict(type: .organization, confidence: Self.headConfidence) }
        guard let type = followingType(span, in: tokens) else { return nil }
        if type == .organization, isFullPersonalName(words, span: span) || isConstituency(span, text: text, in: tokens) { return nil }
        return Verdict(type: type, confidence: Self.followingNounConfidence)
    }

    /// What the name's own form says: quotes, an owner, a title, particles, a first name, a model
    /// code, a leading "The", and failing all that its context.
    private func byForm(_ span: NameSpan, words: [String], opensWithThe: Bool, in tokens: [NameToken]) -> Verdict {
        if isQuoted(span, in: tokens) { return Verdict(type: .other, confidence: Self.quotedConfidence) }
        if isOwnedByPerson(span, in: tokens), !isFullPersonalName(words, span: span) { return Verdict(type: .other, confidence: Self.weakShapeConfidence) }
        if span.title != nil { return Verdict(type: .person, confidence: Self.titledPersonConfidence) }
        // "Osama bin Laden", "Ursula von der Leyen", "Ali al-Sistani".
        if words.count >= 3, words.dropFirst().dropLast().contains(where: EntityCues.personalParticles.contains) {
            return Verdict(type: .person, confidence: Self.describedConfidence)
        }
        if isTitleOfWork(words) { return Verdict(type: .other, confidence: Self.weakShapeConfidence) }
        if isFullPersonalName(words, span: span) { return Verdict(type: .person, confidence: Self.fullPersonalNameConfidence) }
        // "Galaxy Z Fold", "Airbus A321neo": a model letter or code after the first word names a product.
        if words.count >= 2, words.dropFirst().contains(where: isModelCode) { return Verdict(type: .other, confidence: Self.guessConfidence) }
        if opensWithThe {
            // Mid-sentence, "The Smiths" is a band and "The Aviator" a title more often than not.
            let isPlural = words.last.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } == true
            return Verdict(type: isPlural ? .organization : .other, confidence: Self.contextConfidence)
        }
        return byContext(span, words: words, tokens: tokens)
    }

    /// A known first name and then capitalised words ("Nina Adebayo"), unless the first word may be
    /// an ordinary word capitalised by its place ("Will", "Grace").
    private func isFullPersonalName(_ words: [String], span: NameSpan) -> Bool {
        words.count >= 2 && gazetteer.firstNames.contains(words[0]) && (!span.startsUnreliably || !gazetteer.isOrdinaryWord(words[0]))
            && words.allSatisfy { $0.first?.isUppercase == true } && mayEndPersonalName(words.last!)
    }

    /// "Patrol" of "Snow Patrol", "Globes" of "Golden Globes": an English word that is no known
    /// surname does not end a person's name, however much the first word looks like a first name.
    private func mayEndPersonalName(_ word: String) -> Bool {
        gazetteer.surnames.contains(word) || gazetteer.frequency(of: word) < CandidateFinder.englishWordFrequency
    }

    /// "Snow Patrol are", "Wales were": in British English a plural verb after a name singular in
    /// form means a group (a band, a team, a company). The name must open its clause: after a
    /// preposition ("houses in Britain have") or at the end of a list it is not the subject.
    private func isSubjectOfPluralVerb(_ span: NameSpan, in tokens: [NameToken]) -> Bool {
        guard span.tokens.upperBound < tokens.count, EntityCues.pluralVerbs.contains(tokens[span.tokens.upperBound].text),
              tokens[span.tokens.upperBound - 1].text.last != "s" else { return false }
        var index = span.tokens.lowerBound - 1
        if index >= 0, tokens[index].text.lowercased() == "the" { index -= 1 }
        guard index >= 0 else { return true }
        let before = tokens[index]
        return before.kind == .punctuation || EntityCues.clauseOpeners.contains(before.text.lowercased())
            || EntityCues.speechVerbs.contains(before.text)
    }

    /// "Love Will Tear Us Apart", "Right To Be Wrong": a capitalised pronoun, auxiliary or the like
    /// inside a name belongs to the title of a song, book or film, not to a person or a company.
    /// First and last words prove nothing: "Will Young", "Chris Day".
    private func isTitleOfWork(_ words: [String]) -> Bool {
        words.count >= 3 && words.dropFirst().dropLast().contains { word in
            word.first?.isUppercase == true && gazetteer.isOrdinaryWord(word) && gazetteer.frequency(of: word) >= 5.8
        }
    }

    /// A single capital ("X", "Z") or letters and digits together ("A321neo", "S5").
    private func isModelCode(_ word: String) -> Bool {
        (word.count == 1 && word.first!.isUppercase) || (word.contains(where: \.isNumber) && word.contains(where: \.isLetter))
    }

    /// A team in a match: "Wales beat England", "Scotland 18-10 Italy", "lost to Arsenal".
    private func isMatchSide(_ span: NameSpan, in tokens: [NameToken]) -> Bool {
        let before = span.tokens.lowerBound > 0 ? tokens[span.tokens.lowerBound - 1] : nil
        let after = span.tokens.upperBound < tokens.count ? tokens[span.tokens.upperBound] : nil
        if let before, EntityCues.matchWords.contains(before.text) { return true }
        // "lost 17-5 to Tunisia", "beaten 33-15 by Samoa".
        let first = span.tokens.lowerBound
        if first >= 2, EntityCues.scoreLinks.contains(tokens[first - 1].text), isScore(tokens[first - 2]) { return true }
        if let after, EntityCues.matchWords.contains(after.text) { return true }
        // "Japan 2 Syria 1": a name and its score in a line of a results table.
        if let after, after.kind == .number, CandidateFinder.isTableRow(tokens) { return true }
        return after.map(isScore) == true || before.map(isScore) == true
    }

    /// "in Cardiff", "at Murrayfield": a place as the scene of something, even in a report on a match.
    func isLocation(_ span: NameSpan, in tokens: [NameToken]) -> Bool {
        previousWord(before: span.tokens.lowerBound, in: tokens).map(EntityCues.locativePrepositions.contains) == true
    }

    /// "18-10": a score.
    private func isScore(_ token: NameToken) -> Bool {
        let parts = token.text.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    private static let quotationMarks: Set<String> = ["\"", "“", "”", "'", "‘", "’"]

    /// A name in quotation marks is more often a title than anything else.
    private func isQuoted(_ span: NameSpan, in tokens: [NameToken]) -> Bool {
        let quotes = Self.quotationMarks
        return span.tokens.lowerBound > 0 && span.tokens.upperBound < tokens.count
            && quotes.contains(tokens[span.tokens.lowerBound - 1].text) && quotes.contains(tokens[span.tokens.upperBound].text)
    }

    /// Model names ("Su-35") and acronyms.
    private func byShape(_ words: [String], token: NameToken) -> Verdict? {
        guard words.count == 1 else { return nil }
        if token.isModelName { return Verdict(type: .other, confidence: Self.headConfidence) }
        if token.isAllCaps, token.text.count <= 7 {
            if let place = gazetteer.place(token.text), place.kind == .country { return Verdict(type: .place, confidence: Self.countryConfidence) }
            return Verdict(type: .organization, confidence: Self.quotedConfidence)
        }
        return nil
    }

    private func byGazetteer(_ text: String, words: [String]) -> Verdict? {
        guard let place = gazetteer.place(text) else { return nil }
        switch place.kind {
        case .country, .region, .subdivision:
            return Verdict(type: .place, confidence: Self.countryConfidence)
        case .city:
            // A town may share its name with people ("Kennedy", a district of Bogotá, "Houston"):
            // then it is a guess that the surname of a person named in the text overrules.
            if words.count == 1, gazetteer.firstNames.contains(text) || gazetteer.surnames.contains(text) {
                return Verdict(type: .place, confidence: place.population >= Self.bigCityPopulation ? Self.bigCityAsNameConfidence : Self.townAsNameConfidence)
            }
            return Verdict(type: .place, confidence: place.population >= Self.bigCityPopulation || words.count > 1 ? Self.bigCityConfidence : Self.townConfidence)
        }
    }

    /// A city at least this big is seldom meant by its name in English news unless it is the place.
    static let bigCityPopulation = 500_000
    /// A big city's or a many-word town's name: a place unless a describing noun says otherwise.
    static let bigCityConfidence = 0.85
    /// A smaller town's name, which companies and people share more often.
    static let townConfidence = 0.65
    /// A big city named like people ("Houston"): below the 0.85 at which a surname stops linking.
    static let bigCityAsNameConfidence = 0.6
    /// A town named like people ("Kennedy", "Bush"): a guess.
    static let townAsNameConfidence = 0.45

    /// "Xbox 2", "Chapter 11", "Top 500": a name and a number after it name a model, a version, a
    /// chart or a clause more often than a body, whose head words are looked at first ("Radio 4").
    private func byNumber(_ span: NameSpan, in tokens: [NameToken]) -> Verdict? {
        guard span.tokens.count >= 2, tokens[span.tokens.upperBound - 1].kind == .number else { return nil }
        return Verdict(type: .other, confidence: Self.weakShapeConfidence)
    }

    /// The word that ends (or, before "of", begins) a name says what kind of name it is.
    private func byHeads(_ words: [String]) -> Verdict? {
        // "Six Nations", "Tri Nations", "Five Live": a count opening a name is seldom a body's or a place's.
        if words.count >= 2, EntityCues.counts.contains(words[0]), !EntityCues.placeHeads.contains(words.last!) {
            return Verdict(type: .other, confidence: Self.headConfidence)
        }
        // In "Bank of England", "Gulf of Oman" and "Plan of Action" the head stands before "of".
        if words.count >= 3, let of = words.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0 {
            let head = words[of - 1]
            if head == "City" || head == "Isle" || head == "Republic" || head == "Kingdom" { return Verdict(type: .place, confidence: Self.headConfidence) }
            if EntityCues.organizationLeads.contains(head) || EntityCues.organizationHeads.contains(head) {
                return Verdict(type: .organization, confidence: Self.headConfidence)
            }
            if EntityCues.placeHeads.contains(head) { return Verdict(type: .place, confidence: Self.headConfidence) }
            if EntityCues.otherHeads.contains(head) { return Verdict(type: .other, confidence: Self.headConfidence) }
        }
        guard let last = words.last else { return nil }
        if words.count == 1 {
            // "Parliament", "Congress", "the Union": an institution's head word standing for it;
            // "the Championship", "the Olympics": a competition's.
            if EntityCues.competitions.contains(last) { return Verdict(type: .other, confidence: Self.weakShapeConfidence) }
            return EntityCues.organizationHeads.contains(last) && last.count > 3 ? Verdict(type: .organization, confidence: Self.weakShapeConfidence) : nil
        }
        if EntityCues.otherHeads.contains(last) { return Verdict(type: .other, confidence: Self.describedConfidence) }
        if EntityCues.organizationHeads.contains(last) { return Verdict(type: .organization, confidence: Self.headConfidence) }
        if EntityCues.placeHeads.contains(last) { return Verdict(type: .place, confidence: Self.headConfidence) }
        // "Soviet Russia", "British India": a nationality before a country names that country in an era.
        if words.count == 2, gazetteer.demonyms.contains(words[0]), gazetteer.place(last)?.kind == .country {
            return Verdict(type: .place, confidence: Self.describedConfidence)
        }
        if let first = words.first, EntityCues.organizationLeads.contains(first), first != "National", first != "Royal" {
            return Verdict(type: .organization, confidence: Self.followingNounConfidence)
        }
        return nil
    }

    /// What a lowercase noun right before the name says it is, which outweighs the name's own
    /// words ("the film Silent Harbour", "gas producer Gazprom"); a place noun may stand before
    /// "of" ("the town of Qarvesh"). Failing that, an apposition.
    private func describedType(_ span: NameSpan, in tokens: [NameToken]) -> EntityType? {
        if isProductOfOwner(span, in: tokens) { return .other }
        guard let before = previousWord(before: span.tokens.lowerBound, in: tokens), before.first?.isLowercase == true else {
            return appositiveType(span, in: tokens)
        }
        if before == "of" {
            let noun = previousWord(before: span.tokens.lowerBound - 1, in: tokens)
            return noun.flatMap { EntityCues.describingNouns[$0] } == .place ? .place : nil
        }
        return EntityCues.describingNouns[before] ?? appositiveType(span, in: tokens)
    }

    /// "the Kirkcaldy candidate", "Birmingham councillors": a known place before the people a
    /// constituency elects is that place, where a party's name would be the party.
    private func isConstituency(_ span: NameSpan, text: String, in tokens: [NameToken]) -> Bool {
        guard gazetteer.place(text) != nil, span.tokens.upperBound < tokens.count else { return false }
        return EntityCues.electedNouns.contains(tokens[span.tokens.upperBound].text)
    }

    /// "Oscar nominations", "Oscar-winning", "Microsoft spokesman": a noun right after the name
    /// that only prizes or only organisations take.
    private func followingType(_ span: NameSpan, in tokens: [NameToken]) -> EntityType? {
        var index = span.tokens.upperBound
        if index + 1 < tokens.count, tokens[index].text == "-", tokens[index].range.lowerBound == tokens[index - 1].range.upperBound { index += 1 }
        // "Kish and North Pars gas fields": the noun after a pair of names describes both.
        if index + 1 < tokens.count, tokens[index].text == "and" || tokens[index].text == "or", tokens[index + 1].isCapitalized {
            index += 1
            while index < tokens.count, tokens[index].isCapitalized || tokens[index].isAllCaps { index += 1 }
        }
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        if let type = EntityCues.followingNouns[tokens[index].text] { return type }
        // "North Pars gas field", "Bushehr nuclear plant": one lowercase word may stand before a place noun.
        guard tokens[index].isLowercaseWord, index + 1 < tokens.count, EntityCues.followingPlaceNouns.contains(tokens[index + 1].text) else { return nil }
        return .place
    }

    /// "Google's Android software", "Samsung's Galaxy range": a name owned by another and followed
    /// by a kind of product is that product.
    private func isProductOfOwner(_ span: NameSpan, in tokens: [NameToken]) -> Bool {
        guard span.tokens.lowerBound >= 2, span.tokens.upperBound < tokens.count,
              tokens[span.tokens.lowerBound - 1].kind == .possessive, tokens[span.tokens.lowerBound - 2].isCapitalized else { return false }
        return EntityCues.productNouns.contains(tokens[span.tokens.upperBound].text)
    }

    /// "Robbie Williams' Angels", "Alan Hollinghurst's The Line of Beauty": what a person named in
    /// full owns is, in news, mostly a work of theirs.
    private func isOwnedByPerson(_ span: NameSpan, in tokens: [NameToken]) -> Bool {
        guard span.tokens.lowerBound >= 3, tokens[span.tokens.lowerBound - 1].kind == .possessive else { return false }
        var start = span.tokens.lowerBound - 1
        // A person's name is short; looking further back would cost time in text all in capitals.
        while start > 0, start > span.tokens.lowerBound - 5, tokens[start - 1].isCapitalized { start -= 1 }
        let owner = tokens[start..<(span.tokens.lowerBound - 1)].map(\.text)
        return owner.count >= 2 && gazetteer.firstNames.contains(owner[0]) && !gazetteer.isOrdinaryWord(owner.last!)
    }

    /// The head noun of an apposition after the name: "Nordvik Air, the low-cost carrier based
    /// in Oslo", "Hamid Kazemi, an economist at …", "Ingrid Solberg, the company’s chief executive".
    private func appositiveType(_ span: NameSpan, in tokens: [NameToken]) -> EntityType? {
        var index = span.tokens.upperBound
        guard index + 2 < tokens.count, tokens[index].text == ",", ["the", "a", "an"].contains(tokens[index + 1].text) else { return nil }
        index += 2
        var head: String?
        // The noun phrase ends at punctuation or at a word that starts what modifies it.
        while index < tokens.count, index < span.tokens.upperBound + 8 {
            let token = tokens[index]
            if token.kind == .possessive || token.kind == .number {
                index += 1
                continue
            }
            guard token.kind == .word, !EntityCues.appositionEnds.contains(token.text) else { break }
            head = token.text
            index += 1
        }
        return head.flatMap { EntityCues.describingNouns[$0] }
    }

    /// How sure "X said it" makes an organisation and "X said he" a person.
    static let pronounConfidence = 0.75
    /// How sure a name right before a person's full name ("Tory Dominic Grieve") is a body.
    static let affiliationConfidence = 0.6

    /// The words around the name: "in Herat", "Kozhanov says".
    private func byContext(_ span: NameSpan, words: [String], tokens: [NameToken]) -> Verdict {
        let before = previousWord(before: span.tokens.lowerBound, in: tokens)
        let after = span.tokens.upperBound < tokens.count ? tokens[span.tokens.upperBound] : nil
        if let after, EntityCues.speechVerbs.contains(after.text) {
            // "Siemens said its profits rose", "Parry said he …": the pronoun after the verb says which.
            let pronoun = span.tokens.upperBound + 1 < tokens.count ? tokens[span.tokens.upperBound + 1].text : ""
            if EntityCues.thingPronouns.contains(pronoun) { return Verdict(type: .organization, confidence: Self.pronounConfidence) }
            if EntityCues.personalPronouns.contains(pronoun) { return Verdict(type: .person, confidence: Self.pronounConfidence) }
            // People are not "the Treasury"; a single word says "person" only when it looks like a name,
            // and "the Liberal Democrats said" is a group.
            let isPlural = words.count >= 2 && words.last.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") && !gazetteer.surnames.contains($0) } == true
            // "Time Warner said": several words a person's only when the first could be a given name.
            let isInstitution = isPlural || (words.count >= 2 && !mayBeGivenName(words[0], token: tokens[span.tokens.lowerBound]))
                || words.count == 1 && (tokens[span.tokens.lowerBound].isAllCaps || followsArticle(span.tokens.lowerBound, in: tokens)
                || !looksLikePersonalName(words[0]))
            return Verdict(type: isInstitution ? .organization : .person, confidence: isInstitution ? Self.guessConfidence : Self.followingNounConfidence)
        }
        // "Tory Dominic Grieve", "BBC Michael Howard": a name right before a person's is what they belong to.
        if let after, span.tokens.upperBound + 1 < tokens.count, gazetteer.firstNames.contains(after.text), tokens[span.tokens.upperBound + 1].isCapitalized {
            return Verdict(type: .organization, confidence: Self.affiliationConfidence)
        }
        if words.count == 1, let word = words.first {
            if followsArticle(span.tokens.lowerBound, in: tokens) { return Verdict(type: .organization, confidence: Self.faintConfidence) }
            // "a Tory source", "an Apple spokesman": a name between "a" and a noun describes what belongs to a body.
            if span.tokens.lowerBound > 0, ["a", "an"].contains(tokens[span.tokens.lowerBound - 1].text), nounAfter(span, in: tokens) != nil {
                return Verdict(type: .organization, confidence: Self.affiliationConfidence)
            }
            if gazetteer.firstNames.contains(word) { return Verdict(type: .person, confidence: Self.leaningConfidence) }
            // "the Oscars", "the Emmys": a first name in the plural is a prize; "Siemens" is a surname.
            if word.hasSuffix("s"), gazetteer.firstNames.contains(String(word.dropLast())), !gazetteer.surnames.contains(word) {
                return Verdict(type: .other, confidence: Self.faintConfidence)
            }
        }
        // "BBC Sport", "AOL UK": an acronym opening a longer name is mostly an organisation's own;
        // initials before a surname ("PJ Harvey") are a person's.
        if words.count >= 2, tokens[span.tokens.lowerBound].isAllCaps, gazetteer.place(words[0]) == nil, !gazetteer.surnames.contains(words.last!) {
            return Verdict(type: .organization, confidence: Self.contextConfidence)
        }
        // "in Herat": a place; but "from Apple", "to Sega" as often name a company as a town.
        if let before, EntityCues.placePrepositions.contains(before), !EntityCues.companyPrepositions.contains(before) {
            return Verdict(type: .place, confidence: Self.prepositionConfidence)
        }
        // "Liberal Democrats", "The Smiths": a plural at the end names a group.
        if words.count >= 2, let last = words.last, last.hasSuffix("s"), !last.hasSuffix("ss"), !gazetteer.surnames.contains(last) {
            return Verdict(type: .organization, confidence: Self.leaningConfidence)
        }
        // Unfamiliar words together: a person's name when the first could be a given name ("Nkosana
        // Dlamini"), a body's when it is an English word ("Deutsche Boerse", "Liberal Democrat").
        if words.count >= 2, words.allSatisfy({ !gazetteer.isOrdinaryWord($0) }) {
            let isGivenName = mayBeGivenName(words[0], token: tokens[span.tokens.lowerBound])
            return Verdict(type: isGivenName ? .person : .organization, confidence: Self.prepositionConfidence)
        }
        // A single unfamiliar capitalised word with nothing else to go on: people are usually named
        // in full somewhere and join that name later; companies, parties and brands are not.
        if words.count == 1, !gazetteer.isOrdinaryWord(words[0]) { return Verdict(type: .organization, confidence: Self.faintConfidence) }
        return .unknown
    }

    /// A known first name, initials ("PJ"), or a word no English dictionary has ("Nkosana"); not
    /// "Time" of "Time Warner" or "Deutsche" of "Deutsche Boerse".
    private func mayBeGivenName(_ word: String, token: NameToken) -> Bool {
        let isInitials = token.isAllCaps && word.count <= EntityRecognizer.longestAbbreviation
        return gazetteer.firstNames.contains(word) || gazetteer.frequency(of: word) < CandidateFinder.englishWordFrequency || isInitials
    }

    /// A first name, a surname, or a word shaped like a surname ("Kozhanov", "Smirnova", "Kowalski").
    private func looksLikePersonalName(_ word: String) -> Bool {
        if gazetteer.firstNames.contains(word) || gazetteer.surnames.contains(word) { return true }
        let endings = ["ov", "ova", "ev", "eva", "in", "ina", "sky", "ski", "ska", "vich", "enko", "uk", "yan", "ian", "adze", "shvili",
                       "oglu", "ez", "son", "sen", "berg", "stein", "mann", "i", "ani", "zadeh", "pour", "fard", "ullah", "uddin", "escu"]
        return word.count >= 5 && endings.contains { word.hasSuffix($0) }
    }

    /// "the" right before: people seldom take it, institutions and prizes do.
    private func followsArticle(_ index: Int, in tokens: [NameToken]) -> Bool {
        index > 0 && tokens[index - 1].text.lowercased() == "the"
    }

    /// The nearest word before the span, skipping "the" and "a".
    private func previousWord(before index: Int, in tokens: [NameToken]) -> String? {
        var position = index - 1
        while position >= 0 {
            let token = tokens[position]
            guard token.kind == .word else { return nil }
            if !["the", "a", "an"].contains(token.text) { return token.text }
            position -= 1
        }
        return nil
    }
}
