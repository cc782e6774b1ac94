/// Finds the stretches of a sentence that may be names: runs of capitalised words, joined by the
/// small words names contain ("Bank of England", "al-Assad"), without titles, articles, demonyms
/// or words capitalised only because they open a sentence or stand in a headline.
struct CandidateFinder {
    let gazetteer: Gazetteer
    /// Words seen capitalised where capitals mean something, in this document or corpus.
    let knownNames: Set<String>
    /// Words seen in lowercase in this document.
    let knownLowercase: Set<String>
    /// Keys of names of several words seen where capitals mean something ("time warner").
    var knownPhrases: Set<String> = []

    /// Where capitals carry no information in a sentence.
    enum CaseReliability {
        /// Ordinary prose: only the first word's capital is uninformative.
        case ordinary
        /// A headline in Title Case: no capital is informative.
        case none
        /// A line in capitals ("NEW YORK (Reuters) -"): no capital is informative, and names run
        /// into the words around them.
        case capitals
    }

    func spans(in tokens: [NameToken], reliability: CaseReliability) -> [NameSpan] {
        var spans: [NameSpan] = []
        var index = 0
        let isTable = Self.isTableRow(tokens)
        while index < tokens.count {
            guard isNameWord(tokens[index]) else {
                index += 1
                continue
            }
            let end = runEnd(tokens, from: index)
            spans += refine(index..<end, tokens: tokens, reliability: reliability, isTable: isTable)
            index = end
        }
        return spans
    }

    /// "Japan 2 Syria 1", "Yasuto Honda 71 69 140", "Limoges ( France ) 9 3 6 12": a line of a
    /// results table, with more numbers than lowercase words, where a number after a name is its
    /// score and never part of it.
    static func isTableRow(_ tokens: [NameToken]) -> Bool {
        var numbers = 0, lowercase = 0
        for token in tokens {
            if token.kind == .number { numbers += 1 } else if token.isLowercaseWord { lowercase += 1 }
        }
        return numbers >= 2 && numbers > lowercase
    }

    /// A word that can be part of a name on its own: capitalised, all capitals, or a model name.
    func isNameWord(_ token: NameToken) -> Bool {
        token.kind == .word && (token.isCapitalized || token.isAllCaps || token.isModelName)
    }

    /// The end of a run of name words, taking in connectors followed by more name words
    /// ("Organisation for Economic Co-operation and Development", "Bank of the West").
    private func runEnd(_ tokens: [NameToken], from start: Int) -> Int {
        var end = start + 1
        while end < tokens.count {
            if isNameWord(tokens[end]) {
                end += 1
            } else if tokens[end].kind == .number, tokens[end].text.count <= 4, tokens[end].text.allSatisfy(\.isNumber),
                      isWholeNumber(tokens, at: end), !EntityCues.neverNames.contains(tokens[end - 1].text) {
                // "Radio 4", "Half-Life 2", "Expo 2005".
                end += 1
                break
            } else if isHyphenJoint(tokens, at: end) {
                end += 2
            } else if EntityCues.connectors.contains(tokens[end].text), end + 1 < tokens.count {
                if isNameWord(tokens[end + 1]) {
                    end += 2
                } else if end + 2 < tokens.count, EntityCues.particles.contains(tokens[end].text),
                          EntityCues.particles.contains(tokens[end + 1].text), isNameWord(tokens[end + 2]) {
                    // "von der Leyen", "van der Sar".
                    end += 3
                } else if tokens[end].text == "of", tokens[end + 1].text == "the", end + 2 < tokens.count, isNameWord(tokens[end + 2]) {
                    end += 3
                } else {
                    break
                }
            } else {
                break
            }
        }
        return end
    }

    /// A number standing by itself ("Radio 4", "Expo 2005.", "Radio 4's"), not the start of "1.3bn" or "4x4".
    private func isWholeNumber(_ tokens: [NameToken], at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].range.lowerBound == tokens[index].range.upperBound else { return true }
        let next = tokens[index + 1]
        if next.kind == .possessive { return true }
        return next.kind == .punctuation && (index + 2 == tokens.count || tokens[index + 2].range.lowerBound > next.range.upperBound)
    }

    /// A hyphen glued between two name words ("Ali-Akbar", "Iran-Russia").
    func isHyphenJoint(_ tokens: [NameToken], at index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].text == "-" || tokens[index].text == "‑" else { return false }
        return tokens[index - 1].range.upperBound == tokens[index].range.lowerBound
            && tokens[index].range.upperBound == tokens[index + 1].range.lowerBound && isNameWord(tokens[index + 1])
    }

    // MARK: Refining a run into names

    private func refine(_ run: Range<Int>, tokens: [NameToken], reliability: CaseReliability, isTable: Bool) -> [NameSpan] {
        let run = withoutHolidays(run, tokens: tokens)
        // "Commerce and Industry Minister": a portfolio and its title, no name.
        guard !run.isEmpty, !EntityCues.portfolioTitles.contains(tokens[run.upperBound - 1].text) || run.count == 1 else { return [] }
        let unreliableStart = reliability != .ordinary || run.lowerBound == 0 || isOpening(tokens, at: run.lowerBound - 1)
        var span = NameSpan(tokens: run, title: nil, startsUnreliably: unreliableStart)
        // Words that only open the sentence go first ("But Professor Curtice"), then titles and the like.
        if reliability == .ordinary, let kept = dropUnreliableStart(span, tokens: tokens) { span = kept }
        guard let stripped = stripPrefixes(span, tokens: tokens) else { return [] }
        var spans = split(stripped.tokens, tokens: tokens).map {
            NameSpan(tokens: $0, title: $0.lowerBound == stripped.tokens.lowerBound ? stripped.title : nil,
                     startsUnreliably: stripped.startsUnreliably && $0.lowerBound == stripped.tokens.lowerBound)
        }
        spans = spans.map { dropTrailingRole(withoutTrailingNumber($0, tokens: tokens, isTable: isTable), tokens: tokens) }
            .flatMap { keepReliable($0, tokens: tokens, reliability: reliability) }
        return spans.flatMap { splitLeadingCountry($0, tokens: tokens) }.filter { isWorthKeeping($0, tokens: tokens) }
    }

    /// "Japan 2", "Yasuto Honda 71": the number after a country, region or big city, a person or
    /// any name in a results table is a score. "Radio 4", "Halo 2" and "Boeing 747" keep theirs.
    private func withoutTrailingNumber(_ span: NameSpan, tokens: [NameToken], isTable: Bool) -> NameSpan {
        let run = span.tokens
        guard run.count >= 2, tokens[run.upperBound - 1].kind == .number else { return span }
        let name = run.lowerBound..<(run.upperBound - 1)
        let words = tokens[name].map(\.text)
        let isPerson = words.count >= 2 && gazetteer.firstNames.contains(words[0]) && words.allSatisfy { $0.first?.isUppercase == true }
            && (gazetteer.surnames.contains(words.last!) || gazetteer.frequency(of: words.last!) < Self.englishWordFrequency)
        let isPlace = gazetteer.place(words.joined(separator: " ")).map { $0.kind != .city || $0.population >= EntityClassifier.bigCityPopulation } ?? false
        var trimmed = span
        if isTable || isPerson || isPlace { trimmed.tokens = name }
        return trimmed
    }

    /// "MP3 players at Christmas": a holiday is no name, and leaves the rest of a run
    /// ("Christmas Island" is a place; the run stays whole when the holiday opens a longer name).
    private func withoutHolidays(_ run: Range<Int>, tokens: [NameToken]) -> Range<Int> {
        // "Christmas 2004": a holiday's year goes with it.
        let end = run.count > 1 && tokens[run.upperBound - 1].kind == .number ? run.upperBound - 1 : run.upperBound
        for length in stride(from: min(Self.longestHoliday, end - run.lowerBound), through: 1, by: -1) {
            let tail = (end - length)..<end
            if isHoliday(tokens[tail].map(\.text).joined(separator: " ")) {
                return tail.lowerBound == run.lowerBound ? run.lowerBound..<run.lowerBound : run.lowerBound..<tail.lowerBound
            }
        }
        return run
    }

    /// "Christmas", "New Year", "Christmases".
    private func isHoliday(_ text: String) -> Bool {
        let key = NameKey.of(text)
        return EntityCues.holidays.contains(key) || (key.hasSuffix("es") && EntityCues.holidays.contains(String(key.dropLast(2))))
    }

    /// Words in the longest holiday's name ("St Patrick's Day" is three tokens and a possessive).
    static let longestHoliday = 3

    /// "Labour MP", "Radio 1 DJ": an abbreviated role or thing after a name is someone or something
    /// of it, not part of it.
    private func dropTrailingRole(_ span: NameSpan, tokens: [NameToken]) -> NameSpan {
        var span = span
        // After initials the abbreviation is more likely part of one name of initials ("BBC TV").
        while let last = span.tokens.last, span.tokens.count > 1, !tokens[last - 1].isAllCaps,
              EntityCues.roleAbbreviations.contains(tokens[last].text) || isCommonAbbreviation(tokens[last].text) {
            span.tokens = span.tokens.lowerBound..<last
        }
        return span
    }

    /// Leaves out titles, nationalities before people, articles and dangling connectors at the start.
    private func stripPrefixes(_ span: NameSpan, tokens: [NameToken]) -> NameSpan? {
        var start = span.tokens.lowerBound
        let end = span.tokens.upperBound
        var title: String?
        while start < end {
            if let length = titleLength(tokens, at: start, before: end) {
                title = tokens[start..<(start + length)].map(\.text).joined(separator: " ")
                start += length
            } else if isDemonym(tokens[start]) || isDemonymNoun(tokens[start]), start + 1 < end, introducesPerson(tokens, at: start + 1, before: end) {
                start += 1
            } else if ["The", "A", "An"].contains(tokens[start].text), start + 1 < end, !isPartOfName(tokens, article: start, in: span) {
                start += 1
            } else if EntityCues.connectors.contains(tokens[start].text) || isHyphen(tokens[start]) {
                start += 1
            } else {
                break
            }
        }
        guard start < end else { return nil }
        return NameSpan(tokens: start..<end, title: title, startsUnreliably: span.startsUnreliably && start == span.tokens.lowerBound)
    }

    /// A capitalised "The" inside a sentence belongs to the name it opens ("The Hague", "The Sea Inside").
    private func isPartOfName(_ tokens: [NameToken], article: Int, in span: NameSpan) -> Bool {
        tokens[article].text == "The" && article == span.tokens.lowerBound && !span.startsUnreliably
    }

    /// Drops what is not a name after all: a lone demonym, a month, a role, an ordinary word.
    private func isWorthKeeping(_ span: NameSpan, tokens: [NameToken]) -> Bool {
        let first = tokens[span.tokens.lowerBound]
        guard first.kind == .word, !isDemonymOnly(span, tokens: tokens) else { return false }
        // A holiday alone, as a headline leaves it ("Christmas Sales Boost").
        if isHoliday(tokens[span.tokens].map(\.text).joined(separator: " ")) { return false }
        // "PDAs", "HD DVDs", "MPs": capitals in the plural abbreviate a common noun.
        if let last = span.tokens.last, Self.isPluralAbbreviation(tokens[last].text) { return false }
        // A month or weekday ("March", "March-April") is no name; a "The" kept here opens a title.
        if first.text != "The", let month = first.text.split(separator: "-").first, EntityCues.neverNames.contains(String(month)) { return false }
        guard span.tokens.count == 1 else { return true }
        if EntityCues.titles.contains(stripped(first.text)) || EntityCues.roleAbbreviations.contains(first.text)
            || isCommonAbbreviation(first.text) || isDemonymNoun(first) { return false }
        if first.isAllCaps { return !isEmphasis(span, tokens: tokens) }
        // "the Caspian coast": the first word of a sea's or region's name used as an adjective.
        if gazetteer.place(first.text) == nil, gazetteer.opensRegionName(first.text) { return false }
        // A lone ordinary word capitalised after an article ("the Bill", "the Act") is seldom a
        // name; capitalised elsewhere mid-sentence ("voted Labour", "fans of Blur") it is one.
        return gazetteer.place(first.text) != nil || !gazetteer.isOrdinaryWord(first.text) || !followsArticle(span, tokens: tokens)
    }

    /// How many tokens of title begin at `index` ("President", "Deputy Prime Minister", "Maj. Gen.",
    /// "Iranian Oil Minister"), when a name follows: the longest run of title modifiers ending in a title.
    private func titleLength(_ tokens: [NameToken], at index: Int, before end: Int) -> Int? {
        for sequence in EntityCues.titleSequences where index + sequence.count < end {
            if (0..<sequence.count).allSatisfy({ stripped(tokens[index + $0].text) == sequence[$0] }) {
                return followedByName(tokens, at: index + sequence.count, before: end) ? sequence.count : nil
            }
        }
        var length: Int?
        var position = index
        while position + 1 < end {
            let word = stripped(tokens[position].text)
            if EntityCues.titles.contains(word), followedByName(tokens, at: position + 1, before: end) {
                length = position - index + 1
            } else if !EntityCues.titleModifiers.contains(word), !EntityCues.titles.contains(word), !isDemonym(tokens[position]) {
                break
            }
            position += 1
        }
        return length
    }

    /// A name, not an organisation's head word nor a connector, begins at `index`:
    /// "President Raisi", but not the "General" of "General Motors".
    private func followedByName(_ tokens: [NameToken], at index: Int, before end: Int) -> Bool {
        guard index < end else { return false }
        let next = tokens[index]
        return next.isCapitalized && !EntityCues.organizationHeads.contains(next.text) && !EntityCues.connectors.contains(next.text)
            && !EntityCues.titleModifiers.contains(next.text) || EntityCues.titles.contains(stripped(next.text))
    }

    /// After a demonym, a title or a first name introduces a person ("Russian President …",
    /// "Iranian Javad …") and a model name a weapon: the demonym is not part of what follows.
    private func introducesPerson(_ tokens: [NameToken], at index: Int, before end: Int) -> Bool {
        titleLength(tokens, at: index, before: end) != nil || tokens[index].isModelName
            || (gazetteer.firstNames.contains(tokens[index].text) && index + 1 < end && tokens[index + 1].isCapitalized)
    }

    private func stripped(_ word: String) -> String {
        word.hasSuffix(".") ? String(word.dropLast()) : word
    }

    /// Punctuation after which a capital may only open a clause: quotes, dashes, a colon; not the
    /// hyphen glued to a prefix ("anti-Labour", "post-World Cup"). A closing quote counts too, as
    /// a quoted sentence without its full stop runs into the next ("…a new level’ In addition"),
    /// but not a straight quote closing a quoted word ("the "failing" Child Support Agency").
    private func isOpening(_ tokens: [NameToken], at index: Int) -> Bool {
        let token = tokens[index], next = tokens[index + 1]
        guard token.kind == .punctuation, ["“", "\"", "‘", "”", "’", "—", "–", ":", "-"].contains(token.text) else { return false }
        if token.text == "\"", index > 0, tokens[index - 1].range.upperBound == token.range.lowerBound, tokens[index - 1].isLowercaseWord,
           token.range.upperBound < next.range.lowerBound {
            return false
        }
        return !["-", "”", "’"].contains(token.text) || token.range.upperBound < next.range.lowerBound
    }

    /// An adjective or noun of nationality or faith, singular or plural: "Iranian", "Britons", "Catholics".
    private func isDemonym(_ token: NameToken) -> Bool {
        let singular = token.text.hasSuffix("s") ? String(token.text.dropLast()) : token.text
        return gazetteer.demonyms.contains(token.text) || gazetteer.demonyms.contains(singular)
            || EntityCues.faiths.contains(token.text) || EntityCues.faiths.contains(singular)
    }

    /// "Iranian", "Latin American", "Roman Catholic", "Two Britons", "Russian-Iranian": people's
    /// nationality or faith, or a pair of them, not a name.
    private func isDemonymOnly(_ span: NameSpan, tokens: [NameToken]) -> Bool {
        guard let last = span.tokens.last, isDemonym(tokens[last]) || isDemonymNoun(tokens[last]),
              gazetteer.place(tokens[span.tokens].map(\.text).joined(separator: " ")) == nil else {
            return false
        }
        // "Two Britons": a count before a demonym adds no name.
        return span.tokens.dropLast().allSatisfy {
            EntityCues.compassWords.contains(tokens[$0].text) || EntityCues.counts.contains(tokens[$0].text) || isDemonym(tokens[$0])
                || isHyphenJoint(tokens, at: $0)
        }
    }

    /// Splits a run at "and" / "&" unless the whole is one name ("Bosnia and Herzegovina",
    /// "Procter & Gamble", "… and Development"), and at commas already by construction.
    private func split(_ range: Range<Int>, tokens: [NameToken]) -> [Range<Int>] {
        splitAtConjunctions(range, tokens: tokens).flatMap { splitAtHyphens($0, tokens: tokens) }.flatMap { splitAtPerson($0, tokens: tokens) }
    }

    /// A person's name inside a longer run is a name of its own: "Labour MP George Galloway" gives
    /// "Labour" and "George Galloway", "Paul Miller of Thames Valley Police" gives both names.
    private func splitAtPerson(_ range: Range<Int>, tokens: [NameToken]) -> [Range<Int>] {
        guard range.count >= 3 else { return [range] }
        if let of = range.first(where: { tokens[$0].text == "of" }), of - range.lowerBound == 2,
           gazetteer.firstNames.contains(tokens[range.lowerBound].text), tokens[range.lowerBound + 1].isCapitalized,
           !EntityCues.organizationLeads.contains(tokens[range.lowerBound + 1].text) {
            return [range.lowerBound..<of, (of + 1)..<range.upperBound]
        }
        for index in (range.lowerBound + 1)..<(range.upperBound - 1) {
            let word = stripped(tokens[index].text)
            guard EntityCues.titles.contains(word) || EntityCues.roleAbbreviations.contains(word) || isDemonymNoun(tokens[index]),
                  followedByName(tokens, at: index + 1, before: range.upperBound),
                  gazetteer.firstNames.contains(tokens[index + 1].text) || EntityCues.titles.contains(word) && isPersonalTail(tokens, (index + 1)..<range.upperBound)
            else { continue }
            // "Constitutional Affairs Minister Chris Leslie": the portfolio is part of the title,
            // unless it names a body ("Home Office Minister …").
            if EntityCues.portfolioTitles.contains(word), !EntityCues.organizationHeads.contains(tokens[index - 1].text) {
                return [(index + 1)..<range.upperBound]
            }
            // "IRGC Rear Admiral Ali Shamkhani": the words that open the title go with it.
            var cut = index
            while cut > range.lowerBound, EntityCues.titleModifiers.contains(stripped(tokens[cut - 1].text)) || EntityCues.titles.contains(stripped(tokens[cut - 1].text)) {
                cut -= 1
            }
            return (cut > range.lowerBound ? [range.lowerBound..<cut] : []) + [(index + 1)..<range.upperBound]
        }
        // "Tory Dominic Grieve", "BBC Michael Howard": a label before a person named in full.
        for index in (range.lowerBound + 1)..<(range.upperBound - 1) where range.upperBound - index <= Self.longestPersonalName {
            guard gazetteer.firstNames.contains(tokens[index].text), !gazetteer.isOrdinaryWord(tokens[index].text),
                  isPersonalTail(tokens, index..<range.upperBound), tokens[index - 1].isCapitalized || tokens[index - 1].isAllCaps,
                  !gazetteer.firstNames.contains(tokens[index - 1].text) || EntityCues.partyWords.contains(tokens[index - 1].text),
                  !EntityCues.connectors.contains(tokens[index - 1].text),
                  !isHyphen(tokens[index - 1]), !EntityCues.organizationLeads.contains(tokens[index - 1].text) else { continue }
            return [range.lowerBound..<index, index..<range.upperBound]
        }
        return [range]
    }

    /// Words of a person's name written in full: a first name, perhaps a middle name or initial, a surname.
    static let longestPersonalName = 3

    /// Capitalised words ending in a surname or a word no English dictionary has: "Dominic
    /// Grieve", "Archy Kirkwood", but not "Mary Queen".
    private func isPersonalTail(_ tokens: [NameToken], _ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= Self.longestPersonalName, let last = range.last,
              !EntityCues.titles.contains(stripped(tokens[range.lowerBound].text)) else { return false }
        let word = tokens[last].text
        return range.allSatisfy { tokens[$0].isCapitalized && tokens[$0].kind == .word }
            && (gazetteer.surnames.contains(word) || gazetteer.frequency(of: word) < Self.englishWordFrequency)
            && !EntityCues.organizationHeads.contains(word) && gazetteer.place(word) == nil
    }

    /// "the", "a" or "an" stands right before the span.
    private func followsArticle(_ span: NameSpan, tokens: [NameToken]) -> Bool {
        span.tokens.lowerBound > 0 && ["the", "a", "an"].contains(tokens[span.tokens.lowerBound - 1].text.lowercased())
    }

    /// "I do NOT agree": a very common word in capitals is stressed, not an acronym, unless an
    /// article makes it a name ("the WHO") or it is a place ("US").
    private func isEmphasis(_ span: NameSpan, tokens: [NameToken]) -> Bool {
        let word = tokens[span.tokens.lowerBound].text
        return word.count >= 3 && !followsArticle(span, tokens: tokens) && isFunctionWord(word) && gazetteer.place(word) == nil
    }

    /// "PDAs", "DVDs": two or more capitals and a lowercase "s".
    static func isPluralAbbreviation(_ word: String) -> Bool {
        word.count >= 3 && word.hasSuffix("s") && word.dropLast().allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// "GDP", "USB", "MPs": an abbreviation of an ordinary thing, or its plural.
    private func isCommonAbbreviation(_ word: String) -> Bool {
        EntityCues.commonAbbreviations.contains(word) || (word.hasSuffix("s") && EntityCues.commonAbbreviations.contains(String(word.dropLast())))
    }

    /// "Briton", "Scot": a person's nationality written as a noun before the name.
    /// The plural names the people of a country ("Britons", "Scots"), but "Beatle" only one member of a band.
    private func isDemonymNoun(_ token: NameToken) -> Bool {
        let nouns = EntityCues.demonymNouns
        return token.text == "Beatle" || nouns.contains(token.text) || (token.text.hasSuffix("s") && nouns.contains(String(token.text.dropLast())))
    }

    /// "Iran-Russia" and "Rasht-Astara" name two places; "Ali-Akbar" and "Nagorno-Karabakh" one thing.
    private func splitAtHyphens(_ range: Range<Int>, tokens: [NameToken]) -> [Range<Int>] {
        let joints = range.filter { isHyphenJoint(tokens, at: $0) }
        guard !joints.isEmpty else { return [range] }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for joint in joints {
            parts.append(start..<joint)
            start = joint + 1
        }
        parts.append(start..<range.upperBound)
        let names = parts.map { tokens[$0].map(\.text).joined(separator: " ") }
        let isPlace = names.map { name in
            guard let place = gazetteer.place(name) else { return false }
            // "Ali" of "Ali-Akbar" is a first name before it is a town.
            return place.kind == .country || (!gazetteer.firstNames.contains(name) && (place.kind != .city || knownNames.contains(name)))
        }
        return isPlace.filter { $0 }.count >= 1 && isPlace.first! ? parts : [range]
    }

    private func splitAtConjunctions(_ range: Range<Int>, tokens: [NameToken]) -> [Range<Int>] {
        let joins = range.filter { tokens[$0].text == "and" || tokens[$0].text == "&" }
        guard !joins.isEmpty else { return [range] }
        let whole = tokens[range].map(\.text).joined(separator: " ")
        let last = tokens[range.upperBound - 1].text
        let first = tokens[range.lowerBound].text
        let beforeJoin = tokens[joins[0] - 1].text
        // "Central Bank and Rosneft Company" are two; "Securities and Exchange Commission" one,
        // since a lone word before "and" is no name of its own.
        let bothHaveHeads = joins[0] - range.lowerBound >= 2
            && EntityCues.organizationHeads.contains(beforeJoin) && EntityCues.organizationHeads.contains(last)
        // "Kate Bush and Joy Division": a person named in full before "and" is a name of their own.
        let opensWithPerson = joins[0] - range.lowerBound >= 2 && gazetteer.firstNames.contains(first)
            && tokens[joins[0] - 1].isCapitalized && !gazetteer.isOrdinaryWord(beforeJoin)
        if !bothHaveHeads, !opensWithPerson, gazetteer.place(whole) != nil || EntityCues.organizationHeads.contains(last) || EntityCues.otherHeads.contains(last)
            || EntityCues.organizationLeads.contains(first) || (tokens[joins[0]].text == "&" && joins.count == 1) {
            return [range]
        }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for join in joins {
            if join > start { parts.append(start..<join) }
            start = join + 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    /// The parts of a span whose capitals can be trusted: in prose, all but a first word that is
    /// capitalised only because it opens the sentence; in a headline, the words known as names.
    private func keepReliable(_ span: NameSpan, tokens: [NameToken], reliability: CaseReliability) -> [NameSpan] {
        guard reliability == .ordinary else { return keepKnownNames(span, tokens: tokens) }
        return dropUnreliableStart(span, tokens: tokens).map { [$0] } ?? []
    }

    /// Drops a first word whose capital says nothing ("However", "Despite"), keeping it when it
    /// is known as a name, a title before a name ("President Raisi"), or when it opens a longer
    /// name with a head ("Factory Workers Union").
    private func dropUnreliableStart(_ span: NameSpan, tokens: [NameToken]) -> NameSpan? {
        var span = span
        while !span.tokens.isEmpty, span.startsUnreliably {
            let token = tokens[span.tokens.lowerBound]
            let next = span.tokens.lowerBound + 1 < tokens.count ? tokens[span.tokens.lowerBound + 1] : nil
            if isLikelyName(token, followedBy: next) || titleLength(tokens, at: span.tokens.lowerBound, before: span.tokens.upperBound) != nil {
                return span
            }
            // "Time Warner said …": the document names "Time Warner" where capitals mean something.
            if let next, span.tokens.count > 1, knownPhrases.contains(NameKey.of(token.text + " " + next.text)) { return span }
            // "Ministers of the European Union met": a plural common noun before "of" a name of its own.
            if let rest = nameAfterPluralNoun(span, tokens: tokens) {
                span.tokens = rest
                span.startsUnreliably = false
                continue
            }
            if span.tokens.count > 1, !isFunctionWord(token.text), !gazetteer.demonyms.contains(token.text) || gazetteer.isRegionalDemonym(token.text),
               EntityCues.organizationHeads.contains(tokens[span.tokens.upperBound - 1].text)
                || EntityCues.otherHeads.contains(tokens[span.tokens.upperBound - 1].text) {
                return span
            }
            span.tokens = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
            span.startsUnreliably = false
            while let first = span.tokens.first, EntityCues.connectors.contains(tokens[first].text) || isHyphen(tokens[first]) {
                span.tokens = (first + 1)..<span.tokens.upperBound
            }
        }
        return span.tokens.isEmpty ? nil : span
    }

    /// The name after "Ministers of (the)" when the span opens with the plural of an ordinary word
    /// and what follows "of" is a name with a head of its own ("European Union"); "Friends of the
    /// Earth" stays whole.
    private func nameAfterPluralNoun(_ span: NameSpan, tokens: [NameToken]) -> Range<Int>? {
        let start = span.tokens.lowerBound
        guard span.tokens.count >= 3, tokens[start + 1].text == "of", isPluralOfOrdinaryWord(tokens[start].text) else { return nil }
        var rest = start + 2
        if tokens[rest].text == "the", rest + 1 < span.tokens.upperBound { rest += 1 }
        let last = tokens[span.tokens.upperBound - 1].text
        guard EntityCues.organizationHeads.contains(last) || EntityCues.otherHeads.contains(last) else { return nil }
        return rest..<span.tokens.upperBound
    }

    /// In a headline every word is capitalised: keep each stretch of words known as names
    /// ("Iran" and "Russia" of "Iran And Russia Sign Gas Deal"), and whole the places and names
    /// of several words the document or the gazetteer knows ("NEW YORK", "ABU DHABI").
    private func keepKnownNames(_ span: NameSpan, tokens: [NameToken]) -> [NameSpan] {
        var stretches: [NameSpan] = []
        var index = span.tokens.lowerBound
        var rest = index
        while index < span.tokens.upperBound {
            guard let length = knownPhraseLength(tokens, at: index, before: span.tokens.upperBound) else {
                index += 1
                continue
            }
            if rest < index { stretches += keepKnownWords(NameSpan(tokens: rest..<index, title: span.title, startsUnreliably: true), tokens: tokens) }
            stretches.append(NameSpan(tokens: index..<(index + length), title: stretches.isEmpty ? span.title : nil, startsUnreliably: true))
            index += length
            rest = index
        }
        if rest < span.tokens.upperBound {
            stretches += keepKnownWords(NameSpan(tokens: rest..<span.tokens.upperBound, title: stretches.isEmpty ? span.title : nil, startsUnreliably: true),
                                        tokens: tokens)
        }
        // "Iran-Russia Relations": two places joined by a hyphen are two names here too.
        return stretches.flatMap { stretch in
            splitAtHyphens(stretch.tokens, tokens: tokens).map { NameSpan(tokens: $0, title: stretch.title, startsUnreliably: true) }
        }
    }

    /// The most words a place or known phrase found whole in a headline can have.
    static let longestKnownPhrase = 4

    /// How many words from `index` name a place of several words or a name the document spells
    /// out elsewhere, longest first.
    private func knownPhraseLength(_ tokens: [NameToken], at index: Int, before end: Int) -> Int? {
        guard end - index >= 2 else { return nil }
        for length in stride(from: min(Self.longestKnownPhrase, end - index), through: 2, by: -1) {
            let words = tokens[index..<(index + length)]
            guard words.allSatisfy({ $0.kind == .word }) else { continue }
            let key = NameKey.of(words.map(\.text).joined(separator: " "))
            if knownPhrases.contains(key) || gazetteer.places[key].map({ $0.kind != .city || $0.population >= CandidateFinder.knownCityPopulation }) == true {
                return length
            }
        }
        return nil
    }

    /// A city of several words this big is worth finding whole in capitals; smaller ones share
    /// their words with too many ordinary phrases.
    static let knownCityPopulation = 100_000

    /// Each stretch of words known as names, one word at a time.
    private func keepKnownWords(_ span: NameSpan, tokens: [NameToken]) -> [NameSpan] {
        var stretches: [NameSpan] = []
        var start: Int?
        func close(at end: Int) {
            guard var first = start else { return }
            start = nil
            var last = end - 1
            while last >= first, isHyphen(tokens[last]) { last -= 1 }
            while first <= last, isHyphen(tokens[first]) || EntityCues.connectors.contains(tokens[first].text) { first += 1 }
            guard first <= last else { return }
            stretches.append(NameSpan(tokens: first..<(last + 1), title: stretches.isEmpty ? span.title : nil, startsUnreliably: true))
        }
        for index in span.tokens {
            let next = index + 1 < span.tokens.upperBound ? tokens[index + 1] : nil
            let isInside = start != nil && (isHyphen(tokens[index]) || tokens[index].text == "of")
            if isLikelyName(tokens[index], followedBy: next) || isInside {
                if start == nil { start = index }
            } else {
                close(at: index)
            }
        }
        close(at: span.tokens.upperBound)
        return stretches
    }

    private func isHyphen(_ token: NameToken) -> Bool { token.text == "-" || token.text == "‑" }

    /// "US Federal Communications Commission" is a country and an agency; "US TV" only a country;
    /// "US Open" and "British Airways" stay whole.
    private func splitLeadingCountry(_ span: NameSpan, tokens: [NameToken]) -> [NameSpan] {
        guard span.tokens.count >= 2, let place = gazetteer.place(tokens[span.tokens.lowerBound].text), place.kind == .country,
              gazetteer.place(tokens[span.tokens].map(\.text).joined(separator: " ")) == nil else { return [span] }
        let rest = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
        let country = NameSpan(tokens: span.tokens.lowerBound..<rest.lowerBound, title: nil, startsUnreliably: span.startsUnreliably)
        guard !isHyphen(tokens[rest.lowerBound]), !EntityCues.connectors.contains(tokens[rest.lowerBound].text) else { return [span] }
        if rest.count == 1 {
            let word = tokens[rest.lowerBound].text
            if EntityCues.otherHeads.contains(word) || gazetteer.frequency(of: word.lowercased()) < 4.0 { return [span] }
            return [country]
        }
        // A long official name after the country is a name of its own; a short one ("US Secret Service") includes it.
        return rest.count >= 3 ? [country, NameSpan(tokens: rest, title: nil, startsUnreliably: false)] : [span]
    }

    /// Articles, prepositions, pronouns and the like: words far too common to open a name.
    func isFunctionWord(_ word: String) -> Bool {
        gazetteer.frequency(of: word.lowercased()) >= 5.0 && gazetteer.isOrdinaryWord(word)
    }

    /// Whether a word whose capital proves nothing is a name anyway: it was seen capitalised in
    /// running text, or is a known place, or an uncommon word never seen in lowercase, or a first
    /// name before a surname.
    func isLikelyName(_ token: NameToken, followedBy next: NameToken?) -> Bool {
        let text = token.text
        if EntityCues.neverNames.contains(text) || isFunctionWord(text) { return false }
        // "Fortunately, …", "Ironically, …": an adverb opening the sentence.
        if text.hasSuffix("ly"), next?.text == ",", gazetteer.place(text) == nil { return false }
        if token.isAllCaps && text.count <= 6 { return !gazetteer.isOrdinaryWord(text) || knownNames.contains(text) }
        if knownNames.contains(text) { return true }
        if let place = gazetteer.place(text), place.kind >= .region || !gazetteer.isOrdinaryWord(text) { return true }
        if gazetteer.firstNames.contains(text), let next, next.isCapitalized,
           !gazetteer.isOrdinaryWord(next.text) || knownNames.contains(next.text) {
            return true
        }
        return !knownLowercase.contains(text.lowercased()) && !gazetteer.isOrdinaryWord(text) && !gazetteer.demonyms.contains(text)
            && !isPluralOfOrdinaryWord(text) && !isEnglishWordAlone(text, followedBy: next)
    }

    /// "Ideally …", "Upping the ante …": an English word or a form of one opening a sentence alone,
    /// which this corpus's news never showed capitalised inside a sentence. Names the news knows
    /// carry a low lowercase share and are kept before this is asked; people's names stay names.
    private func isEnglishWordAlone(_ text: String, followedBy next: NameToken?) -> Bool {
        guard next?.isCapitalized != true, gazetteer.lowercaseShare[text.lowercased()] == nil,
              !gazetteer.firstNames.contains(text), !gazetteer.surnames.contains(text), gazetteer.place(text) == nil else { return false }
        let word = text.lowercased()
        if gazetteer.frequency(of: word) >= Self.englishWordFrequency { return true }
        // Forms of an English word: "upping" of "up", "ideally" of "ideal".
        for suffix in ["ing", "ly", "ed"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            var stem = String(word.dropLast(suffix.count))
            if stem.count >= 3, let last = stem.last, stem.dropLast().last == last { stem.removeLast() }
            if gazetteer.frequency(of: stem) >= Self.englishWordFrequency || gazetteer.frequency(of: stem + "e") >= Self.englishWordFrequency {
                return true
            }
        }
        return false
    }

    /// "Negotiators", "Analysts": the plural of an ordinary word, opening a sentence; not a
    /// name unless the word is also a known first name or surname ("Williams").
    private func isPluralOfOrdinaryWord(_ text: String) -> Bool {
        guard text.count > 4, text.hasSuffix("s"), !text.hasSuffix("ss"), !gazetteer.surnames.contains(text), !gazetteer.firstNames.contains(text) else {
            return false
        }
        let singular = String(text.dropLast())
        return gazetteer.isOrdinaryWord(singular) || gazetteer.frequency(of: singular) >= Self.englishWordFrequency
    }

    /// A word at least this frequent (Zipf) is an English word, if not a common one.
    static let englishWordFrequency = 3.0
}
