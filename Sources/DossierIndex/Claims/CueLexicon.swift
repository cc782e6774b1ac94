/// Grammatical cue words of English that frame a statement: who said it, whether it is said to
/// have happened, to be expected, estimated or denied, and which earlier name a pronoun stands
/// for. Written for Dossier from English grammar (modal verbs, reporting verbs, negators,
/// pronouns and the definite descriptions reporters use for a company or a person); none was
/// counted or copied from a corpus.
enum CueLexicon {
    /// Words that make what follows a forecast, plan, target or possibility rather than a fact.
    static let forecasts: Set<String> = [
        "will", "would", "could", "may", "might", "should", "shall", "expects", "expected", "expect", "expecting", "forecast",
        "forecasts", "forecasting", "predicted", "predicts", "predict", "projected", "projects", "projecting", "likely",
        "plans", "planned", "plan", "planning", "aims", "aim", "aiming", "target", "targets", "goal", "hopes", "hope",
        "hoping", "intends", "intend", "anticipated", "anticipates", "if", "set", "proposed", "proposes", "propose",
        "seeks", "seeking", "wants", "want", "promised", "promises", "pledged", "pledges", "considering", "consider",
        "possible", "potential", "unless", "fears", "feared", "warned", "threatened", "threatens",
    ]

    /// Words that make a figure an estimate: kept with reports, apart from forecasts.
    static let estimates: Set<String> = ["estimated", "estimates", "estimate", "estimating", "reckoned", "thought", "believed", "put"]

    /// Negators: "not", "never", the "n't" of "didn't" (read as the word "t" after an apostrophe
    /// by the tokenizer), and verbs that deny what follows.
    static let negators: Set<String> = ["not", "never", "no", "nor", "neither", "denied", "denies", "deny", "refused", "refuses", "rejected", "cannot"]

    /// Verbs of saying: the entity before one is the source of a statement, not always its subject.
    static let reporting: Set<String> = [
        "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "added", "stated", "states",
        "claimed", "claims", "according", "revealed", "reveals", "confirmed", "confirms", "insisted", "insists", "argued",
        "argues", "explained", "noted", "believes", "predicted", "forecast", "estimated", "expects", "warned", "warns",
    ]

    /// Pronouns and definite descriptions that stand for the organisation last named.
    static let organisationAnaphors: Set<String> = [
        "it", "its", "firm", "company", "group", "bank", "carrier", "airline", "retailer", "club", "giant", "maker",
        "operator", "network", "broadcaster", "studio", "chain", "business", "side", "team", "party", "corporation",
        "manufacturer", "supermarket", "insurer", "lender", "publisher", "label", "band", "government", "council",
    ]

    /// Pronouns that stand for the person last named.
    static let personAnaphors: Set<String> = ["he", "his", "him", "she", "her"]

    /// Words that end one clause and begin another with a subject of its own.
    static let clauseOpeners: Set<String> = ["while", "whereas", "but", "although", "though", "however", "meanwhile", "whilst"]

    /// Short words of grammar that are never the head of what a sentence talks about.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "as", "that", "this",
        "these", "those", "its", "it", "their", "his", "her", "our", "your", "my", "was", "were", "is", "are", "be", "been",
        "has", "have", "had", "which", "who", "whom", "than", "into", "over", "after", "before", "since", "about", "around",
        "some", "all", "more", "most", "less", "also", "just", "only", "so", "such", "per", "cent",
    ]
}
