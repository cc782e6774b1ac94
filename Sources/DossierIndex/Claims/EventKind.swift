/// The kinds of event news reports without a number, each with the English verbs and nouns that
/// state it in any tense or voice. Written for Dossier from general English (the forms of each
/// verb as a dictionary lists them, and the nouns made from them); none was counted or copied
/// from a corpus.
public enum EventKind: String, Sendable, CaseIterable, Codable, Hashable {
    case visit, meet, sign, join, leave, elect, appoint, resign, die, launch, ban, sanction, withdraw, attack
    case acquire, merge, sue, charge, convict, sentence, arrest, acquit, win

    /// Happens once to the same participants: two dates for it cannot both be right.
    var isOnceOnly: Bool {
        switch self {
        case .visit, .meet, .attack, .ban, .sanction, .win, .launch, .sue, .charge: return false
        default: return true
        }
    }

    /// Verb forms by word, with whether the form is a past participle (which, after "was" or
    /// "been", makes the sentence passive).
    static let verbs: [String: (kind: EventKind, participle: Bool)] = {
        var verbs: [String: (kind: EventKind, participle: Bool)] = [:]
        let forms: [EventKind: (plain: [String], participles: [String])] = [
            .visit: (["visit", "visits", "visiting"], ["visited"]),
            .meet: (["meet", "meets", "meeting"], ["met"]),
            .sign: (["sign", "signs", "signing"], ["signed"]),
            .join: (["join", "joins", "joining"], ["joined"]),
            .leave: (["quit", "quits", "quitting", "exit", "exits", "leave", "leaves", "leaving"], ["left", "exited"]),
            .elect: (["elect", "elects", "electing"], ["elected", "re-elected", "reelected"]),
            .appoint: (["appoint", "appoints", "appointing", "hire", "hires", "hiring"], ["appointed", "hired", "named"]),
            .resign: (["resign", "resigns", "resigning"], ["resigned"]),
            .die: (["die", "dies", "dying"], ["died", "killed"]),
            .launch: (["launch", "launches", "launching", "unveil", "unveils", "unveiling"], ["launched", "unveiled"]),
            .ban: (["ban", "bans", "banning", "prohibit", "prohibits"], ["banned", "barred", "prohibited"]),
            .sanction: (["sanction", "sanctions", "sanctioning"], ["sanctioned"]),
            .withdraw: (["withdraw", "withdraws", "withdrawing", "withdrew"], ["withdrawn"]),
            .attack: (["attack", "attacks", "attacking", "bomb", "bombs", "bombing", "raid", "raids", "invade", "invades"],
                      ["attacked", "bombed", "raided", "invaded"]),
            .acquire: (["buy", "buys", "buying", "acquire", "acquires", "acquiring", "purchase", "purchases"], ["bought", "acquired", "purchased"]),
            .merge: (["merge", "merges", "merging"], ["merged"]),
            .sue: (["sue", "sues", "suing"], ["sued"]),
            .charge: (["charge", "charges", "charging", "indict", "indicts"], ["charged", "indicted"]),
            .convict: (["convict", "convicts"], ["convicted"]),
            .sentence: (["sentence", "sentences", "jail", "jails", "jailing"], ["sentenced", "jailed", "imprisoned"]),
            .arrest: (["arrest", "arrests", "arresting", "detain", "detains"], ["arrested", "detained"]),
            .acquit: (["acquit", "acquits"], ["acquitted"]),
            .win: (["win", "wins", "winning", "beat", "beats"], ["won", "beaten"]),
        ]
        for (kind, words) in forms {
            for word in words.plain { verbs[word] = (kind, false) }
            for word in words.participles { verbs[word] = (kind, true) }
        }
        return verbs
    }()

    /// Nouns of the events, which state one without a verb: "his resignation", "the signing of
    /// the treaty", "talks with", "a ban on", "the takeover of".
    static let nouns: [String: EventKind] = [
        "visit": .visit, "visits": .visit, "trip": .visit, "meeting": .meet, "talks": .meet, "summit": .meet,
        "signing": .sign, "membership": .join, "departure": .leave, "exit": .leave, "election": .elect, "appointment": .appoint,
        "resignation": .resign, "death": .die, "launch": .launch, "ban": .ban, "embargo": .ban, "sanctions": .sanction,
        "withdrawal": .withdraw, "attack": .attack, "attacks": .attack, "invasion": .attack, "takeover": .acquire,
        "acquisition": .acquire, "purchase": .acquire, "merger": .merge, "lawsuit": .sue, "conviction": .convict,
        "arrest": .arrest, "acquittal": .acquit, "victory": .win, "win": .win,
    ]

    /// Auxiliaries before a past participle that make it passive: "was signed", "has been named".
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "got", "get", "gets"]
}
